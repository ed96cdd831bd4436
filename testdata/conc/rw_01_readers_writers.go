package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *Store) Set(k, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{m: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Set(w*250+i, i)
			}
		}(w)
	}
	var hits int64
	var hmu sync.Mutex
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for i := 0; i < 1000; i++ {
				if _, ok := s.Get(i); ok {
					n++
				}
			}
			hmu.Lock()
			hits += int64(n)
			hmu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(s.m), hits >= 0)
	sum := 0
	for _, v := range s.m {
		sum += v
	}
	fmt.Println(sum)
}
