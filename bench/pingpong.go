// pingpong: 2,000,000 round trips between two goroutines over two
// unbuffered channels. Result: wall time in seconds.
package main

import (
	"fmt"
	"time"
)

const n = 2000000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		done <- true
	}()
	start := time.Now()
	s := 0
	for i := 0; i < n; i++ {
		ping <- i
		s += <-pong - i
	}
	el := time.Since(start)
	close(ping)
	<-done
	if s != n {
		panic("pingpong: wrong sum")
	}
	fmt.Printf("BENCH pingpong value=%.4f unit=s n=%d ns_per_rt=%.1f\n", el.Seconds(), n, float64(el.Nanoseconds())/n)
}
