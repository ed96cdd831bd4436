package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var counters [4]int64

func main() {
	var started atomic.Int32
	for i := 0; i < 4; i++ {
		go func(i int) {
			started.Add(1)
			for {
				counters[i]++
			}
		}(i)
	}
	for j := 0; j < 5; j++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("main tick", j)
	}
	fmt.Println("started:", started.Load())
}
//! env GOMAXPROCS=1
