package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	bytes  atomic.Uint64
	ops    atomic.Uint32
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if j%4 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(1)
				}
				s.bytes.Add(uint64(j))
				s.ops.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.bytes.Load(), s.ops.Load())
	s.hits.Store(5)
	fmt.Println(s.hits.Swap(6), s.hits.Load())
	fmt.Println(s.hits.CompareAndSwap(5, 7), s.hits.CompareAndSwap(6, 7), s.hits.Load())
	fmt.Println(s.misses.Swap(-1), s.misses.Load())
	fmt.Println(s.ops.CompareAndSwap(4000, 1), s.ops.Load())
	s.bytes.Store(1 << 63)
	fmt.Println(s.bytes.Load())
}
