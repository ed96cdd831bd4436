package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// 20,000 producers select between a send and a short timeout (retrying after
// a timeout); 8 consumers fan in. Totals must be exact.
func main() {
	const N = 20000
	c := make(chan int, 16)
	var retries atomic.Int64
	var pw sync.WaitGroup
	for i := 1; i <= N; i++ {
		pw.Add(1)
		go func(i int) {
			defer pw.Done()
			for {
				select {
				case c <- i:
					return
				case <-time.After(time.Duration(1+i%3) * time.Millisecond):
					retries.Add(1)
				}
			}
		}(i)
	}
	go func() { pw.Wait(); close(c) }()
	var cw sync.WaitGroup
	var sum, count atomic.Int64
	for k := 0; k < 8; k++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for v := range c {
				sum.Add(int64(v))
				count.Add(1)
			}
		}()
	}
	cw.Wait()
	fmt.Println(count.Load(), sum.Load(), retries.Load() >= 0)
}
