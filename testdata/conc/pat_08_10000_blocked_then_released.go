package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const N = 10000
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			sum.Add(int64(i))
		}(i)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine() >= N)
	close(gate)
	wg.Wait()
	fmt.Println(sum.Load())
}
