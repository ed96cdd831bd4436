package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type State struct {
	count int
	last  int
}

// Many goroutines update an immutable state with a CompareAndSwap loop
// (copy, modify, CAS, retry): no update is lost.
func main() {
	var st atomic.Pointer[State]
	st.Store(&State{})
	var wg sync.WaitGroup
	var retries atomic.Int64
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for {
					old := st.Load()
					next := &State{count: old.count + 1, last: g}
					if st.CompareAndSwap(old, next) {
						break
					}
					retries.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(st.Load().count, retries.Load() >= 0)

	// Swap hands each value to exactly one taker.
	var slot atomic.Pointer[int]
	var taken atomic.Int64
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 1000; i++ {
				v := i
				if old := slot.Swap(&v); old != nil {
					taken.Add(1)
				}
			}
		}()
	}
	wg2.Wait()
	if slot.Swap(nil) != nil {
		taken.Add(1)
	}
	fmt.Println(taken.Load())
}
