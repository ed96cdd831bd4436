package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	fmt.Println(stop.Load())
	var wg sync.WaitGroup
	var loops atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				loops.Add(1)
				time.Sleep(time.Millisecond)
			}
		}()
	}
	time.Sleep(30 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	fmt.Println(stop.Load(), loops.Load() > 0)
	fmt.Println(stop.Swap(false), stop.Load())
	fmt.Println(stop.CompareAndSwap(true, true), stop.CompareAndSwap(false, true), stop.Load())
	// exactly one goroutine wins the CAS
	var winner atomic.Bool
	var wins atomic.Int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if winner.CompareAndSwap(false, true) {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", wins.Load())
}
