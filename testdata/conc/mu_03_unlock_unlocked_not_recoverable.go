package main

import (
	"fmt"
	"sync"
)

// A fatal error is not a panic: recover cannot stop it.
func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	mu.Unlock()
}
