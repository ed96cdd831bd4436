package main

import "fmt"

func huge(k int) int64 {
	var a [200000]int64 // 1.6 MB frame
	for i := range a {
		a[i] = int64(i % k)
	}
	var s int64
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	fmt.Println(huge(7))
	done := make(chan int64)
	go func() { done <- huge(3) }()
	fmt.Println(<-done)
}
