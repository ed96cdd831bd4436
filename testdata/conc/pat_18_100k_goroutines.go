package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const N = 100000
	var wg sync.WaitGroup
	var total atomic.Int64
	wg.Add(N)
	for i := 0; i < N; i++ {
		go func(i int) {
			total.Add(int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total.Load())
}
