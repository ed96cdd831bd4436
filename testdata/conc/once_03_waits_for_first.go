package main

import (
	"fmt"
	"sync"
	"time"
)

// Concurrent callers of Do wait until the first call of f has returned.
func main() {
	var once sync.Once
	ready := false
	var wg sync.WaitGroup
	results := make([]bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() {
				time.Sleep(50 * time.Millisecond)
				ready = true
			})
			results[i] = ready
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
