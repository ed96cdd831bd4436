package main

import (
	"fmt"
	"runtime"
)

// Polling with select/default plus Gosched until a result arrives.
func main() {
	res := make(chan int)
	go func() {
		s := 0
		for i := 1; i <= 1000; i++ {
			s += i
		}
		res <- s
	}()
	for {
		select {
		case v := <-res:
			fmt.Println("result", v)
			return
		default:
			runtime.Gosched()
		}
	}
}
//! env GOMAXPROCS=1
