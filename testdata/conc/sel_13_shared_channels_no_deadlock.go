package main

import (
	"fmt"
	"sync"
)

// Many goroutines select over the same channels in opposite orders.
func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := 0
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				select {
				case a <- j:
				case b <- j:
				}
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				select {
				case <-b:
				case <-a:
				}
				mu.Lock()
				got++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("received", got)
}
