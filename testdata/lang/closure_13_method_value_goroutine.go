package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int) {
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

func main() {
	a := &Acc{}
	add := a.Add
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			add(n)
		}(i)
	}
	wg.Wait()
	fmt.Println(a.sum)
	done := make(chan bool)
	go a.Add(1000)
	go func() { a.Add(0); done <- true }()
	<-done
	for {
		a.mu.Lock()
		s := a.sum
		a.mu.Unlock()
		if s == 6050 {
			break
		}
	}
	fmt.Println("reached 6050")
}
