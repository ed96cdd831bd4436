package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	results := make([]int, 0)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			q.mu.Lock()
			for len(q.items) == 0 && !q.done {
				q.cond.Wait()
			}
			if len(q.items) == 0 && q.done {
				q.mu.Unlock()
				return
			}
			it := q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
			results = append(results, it*it)
		}
	}()
	for i := 1; i <= 8; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	fmt.Println(results)
}
