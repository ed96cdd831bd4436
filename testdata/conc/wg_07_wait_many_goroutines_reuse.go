package main

import (
	"fmt"
	"sync"
)

// Several goroutines Wait on the same group; the group is then reused.
func main() {
	var work, waiters sync.WaitGroup
	var mu sync.Mutex
	released := 0
	for round := 0; round < 3; round++ {
		work.Add(5)
		for w := 0; w < 4; w++ {
			waiters.Add(1)
			go func() {
				defer waiters.Done()
				work.Wait()
				mu.Lock()
				released++
				mu.Unlock()
			}()
		}
		for i := 0; i < 5; i++ {
			go work.Done()
		}
		waiters.Wait()
	}
	fmt.Println("released", released)
}
