package main

import (
	"fmt"
	"time"
)

// A sender blocked on a channel panics when the channel is closed.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(c)
	}()
	fmt.Println("blocking send")
	c <- 1
}
