// timers: 100,000 goroutines each sleep 10 ms, all at once; main waits on a
// WaitGroup. Result: wall time in seconds (the floor is 0.010).
package main

import (
	"fmt"
	"sync"
	"time"
)

const n = 100000

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			time.Sleep(10 * time.Millisecond)
			wg.Done()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Printf("BENCH timers value=%.4f unit=s n=%d\n", el.Seconds(), n)
}
