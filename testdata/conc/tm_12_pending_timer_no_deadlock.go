package main

import (
	"fmt"
	"time"
)

// No goroutine is runnable, but a timer is pending: not a deadlock.
func main() {
	c := make(chan string)
	time.AfterFunc(100*time.Millisecond, func() { c <- "timer" })
	fmt.Println(<-c)
	fmt.Println(<-time.After(50*time.Millisecond) != time.Time{})
}
