package main

import (
	"fmt"
	"sync"
	"time"
)

// Several readers hold the read lock at the same time.
func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	inside, maxInside := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			mu.Lock()
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			mu.Unlock()
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("max readers inside:", maxInside)
}
