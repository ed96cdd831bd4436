// spawn: 1,000,000 goroutines spawned, each exits at once; main waits on a
// sync.WaitGroup. Result: wall time of spawn + exit + Wait, in seconds.
package main

import (
	"fmt"
	"sync"
	"time"
)

const n = 1000000

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Printf("BENCH spawn value=%.4f unit=s n=%d\n", el.Seconds(), n)
}
