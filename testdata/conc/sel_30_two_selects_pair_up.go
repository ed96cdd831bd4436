package main

import (
	"fmt"
	"sync"
)

// Two goroutines running the same send-or-receive select on one unbuffered
// channel pair up: one sends, the other receives.
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sent, recv := 0, 0
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				select {
				case c <- g:
					mu.Lock()
					sent++
					mu.Unlock()
				case <-c:
					mu.Lock()
					recv++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sent, recv)
}
