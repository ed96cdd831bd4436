// ring: the thread-ring benchmark — 503 goroutines in a ring of unbuffered
// channels pass a token 10,000,000 hops. Result: wall time in seconds.
package main

import (
	"fmt"
	"time"
)

const nthreads = 503
const hops = 10000000

func worker(id int, in chan int, out chan int, done chan int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	done := make(chan int)
	first := make(chan int)
	in := first
	for i := 1; i <= nthreads; i++ {
		out := first
		if i < nthreads {
			out = make(chan int)
		}
		go worker(i, in, out, done)
		in = out
	}
	start := time.Now()
	first <- hops
	id := <-done
	el := time.Since(start)
	if id != hops%nthreads+1 {
		panic("ring: wrong winner")
	}
	fmt.Printf("BENCH ring value=%.4f unit=s hops=%d ns_per_hop=%.1f\n", el.Seconds(), hops, float64(el.Nanoseconds())/hops)
}
