package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	go func() {
		defer func() { fmt.Println("recover cannot catch it:", recover()) }()
		mu.Unlock()
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
