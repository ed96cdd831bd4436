package main

import "fmt"

var msg string
var arr [100]int

func main() {
	c := make(chan bool)
	go func() {
		msg = "hello, world"
		for i := range arr {
			arr[i] = i
		}
		c <- true
	}()
	<-c
	s := 0
	for _, v := range arr {
		s += v
	}
	fmt.Println(msg, s)
	// buffered: the k-th receive happens before the k+C-th send completes
	limit := make(chan int, 1)
	done := make(chan bool)
	shared := 0
	for i := 0; i < 50; i++ {
		go func() {
			limit <- 1
			shared++
			<-limit
			done <- true
		}()
	}
	for i := 0; i < 50; i++ {
		<-done
	}
	fmt.Println(shared)
}
