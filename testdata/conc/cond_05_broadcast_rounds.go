package main

import (
	"fmt"
	"sync"
)

// A reusable barrier built from Mutex + Cond.
type Barrier struct {
	mu    sync.Mutex
	c     *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.c = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.c.Broadcast()
	} else {
		for gen == b.gen {
			b.c.Wait()
		}
	}
	b.mu.Unlock()
}

func main() {
	const W, R = 5, 4
	b := NewBarrier(W)
	var mu sync.Mutex
	log := make([]int, 0, W*R)
	var wg sync.WaitGroup
	for w := 0; w < W; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for r := 0; r < R; r++ {
				mu.Lock()
				log = append(log, r)
				mu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	ok := true
	for i, r := range log {
		if r != i/W {
			ok = false
		}
	}
	fmt.Println(len(log), ok)
}
