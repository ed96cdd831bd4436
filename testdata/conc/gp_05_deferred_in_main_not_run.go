package main

import (
	"fmt"
	"time"
)

// A goroutine's panic does not run main's deferred calls.
func main() {
	defer fmt.Println("main defer (must not print)")
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
	}()
	time.Sleep(500 * time.Millisecond)
}
