package main

import (
	"fmt"
	"time"
)

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	got := make(chan string, 3)
	go func() { rw.RLock(); got <- "reader"; rw.RUnlock() }()
	go func() { rw.Lock(); got <- "writer2"; rw.Unlock() }()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("while locked:", len(got))
	rw.Unlock()
	a, b := <-got, <-got
	fmt.Println(a == "reader" || b == "reader", a == "writer2" || b == "writer2")
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
}
