package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Several readers hold the read lock at the same time: each waits inside its
// read section until all four are inside (this would never finish if RLock
// excluded other readers).
func main() {
	var rw sync.RWMutex
	var inside atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			inside.Add(1)
			for inside.Load() < 4 {
				time.Sleep(time.Millisecond)
			}
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("max readers inside:", inside.Load())
}
