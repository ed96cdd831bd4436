package main

import "fmt"

func main() {
	done := make(chan struct{})
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			results[i] = i * 3
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(results)
	sig := make(chan struct{}, 10)
	for i := 0; i < 10; i++ {
		sig <- struct{}{}
	}
	fmt.Println(len(sig), cap(sig))
}
