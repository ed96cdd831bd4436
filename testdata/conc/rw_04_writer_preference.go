package main

import (
	"fmt"
	"time"
)

import "sync"

// A waiting writer blocks new readers (Go's writer preference).
func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	var order []string
	log := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	rw.RLock()
	done := make(chan bool, 2)
	go func() {
		rw.Lock()
		log("writer")
		rw.Unlock()
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	go func() {
		rw.RLock()
		log("late reader")
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	log("first reader unlocks")
	rw.RUnlock()
	<-done
	<-done
	fmt.Println(order)
}
