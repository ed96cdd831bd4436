package main

import "fmt"

func main() {
	data := []int{1, 2, 3}
	done := make(chan bool)
	go func() {
		idx := len(data) + 2
		fmt.Println(data[idx])
		done <- true
	}()
	<-done
}
