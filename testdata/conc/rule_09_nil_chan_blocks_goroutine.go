package main

import (
	"fmt"
	"runtime"
	"time"
)

// Goroutines blocked forever on nil channels do not stop main from finishing.
func main() {
	var c chan int
	go func() { c <- 1 }()
	go func() { <-c }()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("main done")
}
