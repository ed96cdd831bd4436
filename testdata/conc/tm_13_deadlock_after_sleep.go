package main

import (
	"fmt"
	"time"
)

// Once the sleeper is gone, main's receive is a deadlock.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	<-c
}
