package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// At most 3 goroutines inside the critical section at once.
func main() {
	sem := make(chan struct{}, 3)
	var cur, peak int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&cur, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			atomic.AddInt32(&cur, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak", peak, "cur", cur)
}
