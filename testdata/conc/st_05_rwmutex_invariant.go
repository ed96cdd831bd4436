package main

import (
	"fmt"
	"sync"
)

type Pair struct {
	mu   sync.RWMutex
	a, b int
}

func main() {
	var p Pair
	var wg sync.WaitGroup
	var bad, reads int64
	var cmu sync.Mutex
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				p.mu.Lock()
				p.a++
				p.b++
				p.mu.Unlock()
			}
		}()
	}
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lb, lr := int64(0), int64(0)
			for i := 0; i < 5000; i++ {
				p.mu.RLock()
				if p.a != p.b {
					lb++
				}
				lr++
				p.mu.RUnlock()
			}
			cmu.Lock()
			bad += lb
			reads += lr
			cmu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(p.a, p.b, bad, reads)
}
