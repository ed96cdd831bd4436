package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// A goroutine spinning without function calls must not starve main (async preemption),
// even with GOMAXPROCS=1 (see the .want's env).
func main() {
	var stop int32
	var spins int64
	go func() {
		for atomic.LoadInt32(&stop) == 0 {
			spins++
		}
	}()
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(50 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	fmt.Println("main woke up")
}
