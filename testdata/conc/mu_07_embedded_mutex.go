package main

import (
	"fmt"
	"sync"
)

type SafeSlice struct {
	sync.Mutex
	items []int
}

func (s *SafeSlice) Add(v int) {
	s.Lock()
	s.items = append(s.items, v)
	s.Unlock()
}

func main() {
	var s SafeSlice
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			s.Add(v)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range s.items {
		sum += v
	}
	fmt.Println(len(s.items), sum)
	var l sync.Locker = &s
	l.Lock()
	l.Unlock()
	fmt.Println("locker ok")
}
