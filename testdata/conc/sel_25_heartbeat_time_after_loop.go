package main

import "fmt"

import "time"

// time.After created in every iteration of a busy select loop.
func main() {
	c := make(chan int, 1)
	timeouts := 0
	got := 0
	for i := 0; i < 20000; i++ {
		if i%2 == 0 {
			c <- i
		}
		select {
		case <-c:
			got++
		case <-time.After(time.Hour):
			timeouts++
		default:
		}
	}
	fmt.Println(got, timeouts)
}
