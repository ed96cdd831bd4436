package main

import (
	"fmt"
	"time"
)

var sink int

// Other goroutines are busy on other threads when one panics.
func main() {
	for i := 0; i < 6; i++ {
		go func() {
			x := 0
			for {
				x++
				if x < 0 {
					sink = x
				}
			}
		}()
	}
	go func() {
		time.Sleep(30 * time.Millisecond)
		panic(fmt.Sprintf("worker %d failed", 7))
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
//! env GOMAXPROCS=8
