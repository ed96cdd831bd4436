package main

import (
	"fmt"
	"time"
)

// Receivers queue up on an unbuffered channel; each value goes to the
// receiver that has waited longest.
func main() {
	c := make(chan int)
	done := make(chan string)
	for i := 0; i < 5; i++ {
		go func(id int) {
			v := <-c
			done <- fmt.Sprintf("receiver %d got %d", id, v)
		}(i)
		time.Sleep(40 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		c <- 100 + i
		fmt.Println(<-done)
	}
}
