package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock())
	fmt.Println(mu.TryLock())
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("goroutine got lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main unlocking")
	mu.Unlock()
	<-done
	// unlock from another goroutine than the locker is allowed
	mu.Lock()
	go func() { mu.Unlock(); done <- true }()
	<-done
	fmt.Println(mu.TryLock())
}
