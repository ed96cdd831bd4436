package main

import (
	"fmt"
	"time"
)

// main blocks on a channel while the only other goroutine sleeps:
// that is not a deadlock.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(150 * time.Millisecond)
		c <- 7
	}()
	fmt.Println(<-c)
}
