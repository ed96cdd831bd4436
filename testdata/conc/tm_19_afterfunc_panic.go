package main

import (
	"fmt"
	"time"
)

// A panic in an AfterFunc callback (its own goroutine) ends the program.
func main() {
	time.AfterFunc(20*time.Millisecond, func() {
		panic("timer callback failed")
	})
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
