package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for round := 1; round <= 3; round++ {
		wg.Add(round * 10)
		for i := 0; i < round*10; i++ {
			go func() {
				mu.Lock()
				total++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
}
