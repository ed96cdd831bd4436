package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc(fmt.Sprint("k", i%3))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["k0"], c.n["k1"], c.n["k2"])
	var rw sync.RWMutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func(v int) {
			defer wg2.Done()
			rw.Lock()
			total += v
			rw.Unlock()
		}(i)
	}
	wg2.Wait()
	rw.RLock()
	fmt.Println("total", total)
	rw.RUnlock()
	fmt.Println(c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
}
