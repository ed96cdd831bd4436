package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		mu.Lock()
		done <- true
		// exits without Unlock
	}()
	<-done
	fmt.Println("goroutine exited holding the lock")
	mu.Lock()
}
