package main

import (
	"fmt"
	"runtime"
)

// With one P, Gosched alternates two goroutines deterministically.
func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
		done <- true
	}()
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	<-done
}
//! env GOMAXPROCS=1
