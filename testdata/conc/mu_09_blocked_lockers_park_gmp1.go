package main

import (
	"fmt"
	"sync"
	"time"
)

// With one P, goroutines blocked in Lock/RLock/Wait/Cond.Wait must not hold
// the thread: main keeps running while they wait.
func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	mu.Lock()
	rw.Lock()
	wg.Add(1)
	woke := make(chan string, 4)
	go func() { mu.Lock(); woke <- "mutex"; mu.Unlock() }()
	go func() { rw.RLock(); woke <- "rwmutex"; rw.RUnlock() }()
	go func() { wg.Wait(); woke <- "waitgroup" }()
	ready := false
	go func() {
		cmu.Lock()
		for !ready {
			cond.Wait()
		}
		cmu.Unlock()
		woke <- "cond"
	}()
	for i := 0; i < 3; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("main still running", i)
	}
	fmt.Println("woken so far:", len(woke))
	mu.Unlock()
	fmt.Println(<-woke)
	rw.Unlock()
	fmt.Println(<-woke)
	wg.Done()
	fmt.Println(<-woke)
	cmu.Lock()
	ready = true
	cond.Signal()
	cmu.Unlock()
	fmt.Println(<-woke)
}
//! env GOMAXPROCS=1
