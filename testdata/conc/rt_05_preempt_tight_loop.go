package main

import (
	"fmt"
	"time"
)

var sink int

// With one P, a goroutine spinning in a loop without calls must be preempted
// so that main wakes from its sleep.
func main() {
	go func() {
		x := 0
		for {
			x++
			if x < 0 {
				sink = x
			}
		}
	}()
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
	fmt.Println(time.Since(start) < 2*time.Second)
}
//! env GOMAXPROCS=1
