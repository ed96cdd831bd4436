package main

import "fmt"

var sink uint64

// One goroutine spins forever; the others must still run to completion (GOMAXPROCS=1).
func main() {
	go func() {
		var x uint64
		for {
			x += 3
			if x == 1 {
				sink = x
			}
		}
	}()
	c := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 100; i++ {
			s += i
		}
		c <- s
	}()
	fmt.Println(<-c)
}
//! env GOMAXPROCS=1
