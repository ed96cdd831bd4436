// parallel: CPU-bound work (xorshift, no memory traffic) on 2 goroutines,
// timed with GOMAXPROCS=1 and with GOMAXPROCS=2, alternately, 3 times each;
// best of each. Result: speedup = time(1) / time(2); 2.0 is perfect.
package main

import (
	"fmt"
	"runtime"
	"time"
)

const n = 60000000

var sink uint64

func work(seed uint64, c chan uint64) {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	c <- x
}

func run(procs int) time.Duration {
	runtime.GOMAXPROCS(procs)
	c := make(chan uint64)
	t0 := time.Now()
	go work(88172645463325252, c)
	go work(2463534242, c)
	sink += <-c
	sink += <-c
	return time.Since(t0)
}

func main() {
	best1 := time.Duration(1 << 62)
	best2 := best1
	for r := 0; r < 3; r++ {
		if t := run(1); t < best1 {
			best1 = t
		}
		if t := run(2); t < best2 {
			best2 = t
		}
	}
	fmt.Printf("BENCH parallel value=%.3f unit=x t1=%.4f t2=%.4f check=%d\n",
		best1.Seconds()/best2.Seconds(), best1.Seconds(), best2.Seconds(), sink%1000)
}
