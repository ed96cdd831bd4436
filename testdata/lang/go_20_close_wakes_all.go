package main

import (
	"fmt"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			woke++
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println(woke)
	var wg2 sync.WaitGroup
	for round := 0; round < 3; round++ {
		wg2.Add(2)
		for j := 0; j < 2; j++ {
			go wg2.Done()
		}
		wg2.Wait()
	}
	fmt.Println("waitgroup reused")
}
