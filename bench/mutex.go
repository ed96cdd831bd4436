// mutex: contention — 4 goroutines each do 1,000,000 Lock/increment/Unlock
// on one sync.Mutex (GOMAXPROCS default). Result: wall time in seconds.
package main

import (
	"fmt"
	"sync"
	"time"
)

const workers = 4
const n = 1000000

var mu sync.Mutex
var counter int

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < n; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	if counter != workers*n {
		panic("mutex: lost updates")
	}
	fmt.Printf("BENCH mutex value=%.4f unit=s ops=%d\n", el.Seconds(), workers*n)
}
