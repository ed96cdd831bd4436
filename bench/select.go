// select: two producer goroutines each send 1,000,000 values on their own
// unbuffered channel; main receives them all in a two-case select loop.
// Result: wall time in seconds.
package main

import (
	"fmt"
	"time"
)

const n = 1000000

func produce(c chan int, base int) {
	for i := 0; i < n; i++ {
		c <- base + i
	}
	close(c)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	start := time.Now()
	go produce(a, 0)
	go produce(b, n)
	sum := 0
	got := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			got++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			got++
		}
	}
	el := time.Since(start)
	if got != 2*n || sum != (2*n)*(2*n-1)/2 {
		panic("select: wrong sum")
	}
	fmt.Printf("BENCH select value=%.4f unit=s msgs=%d\n", el.Seconds(), 2*n)
}
