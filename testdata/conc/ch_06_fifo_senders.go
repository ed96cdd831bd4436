package main

import (
	"fmt"
	"time"
)

// Senders block on an unbuffered channel one after the other; the receiver
// must get their values in the order they started waiting (FIFO).
func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) { c <- i }(i)
		time.Sleep(40 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
}
