package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	closedSeen := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case _, ok := <-a:
				if !ok {
					mu.Lock()
					closedSeen++
					mu.Unlock()
				}
			case <-b:
			}
		}()
	}
	time.Sleep(30 * time.Millisecond)
	close(a)
	wg.Wait()
	fmt.Println("saw close:", closedSeen)
}
