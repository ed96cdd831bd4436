package main

import (
	"fmt"
	"time"
)

// A full buffered channel: blocked senders enter the buffer in FIFO order
// after the values already buffered.
func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	for i := 3; i <= 6; i++ {
		go func(i int) { c <- i }(i)
		time.Sleep(40 * time.Millisecond)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
