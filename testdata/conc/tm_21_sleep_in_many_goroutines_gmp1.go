package main

import (
	"fmt"
	"sync"
	"time"
)

// 1000 goroutines sleep 50ms each at the same time: total wall time stays small.
func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(50 * time.Millisecond)
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 600*time.Millisecond)
}
//! env GOMAXPROCS=1
