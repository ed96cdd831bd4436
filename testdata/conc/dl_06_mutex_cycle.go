package main

import (
	"fmt"
	"sync"
)

// Lock-order inversion: each goroutine holds one mutex and waits for the other.
func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	haveA := make(chan bool)
	haveB := make(chan bool)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		haveA <- true
		<-haveB
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		haveB <- true
		<-haveA
		a.Lock()
	}()
	fmt.Println("lock-order inversion")
	wg.Wait()
}
