// preempt: preemption latency. GOMAXPROCS=1; one goroutine spins in a loop
// without calls; main sleeps 10 ms, 20 times, and measures each sleep.
// Result: median and p99 (nearest rank: the worst of 20) in milliseconds.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

var sink int

func spin() {
	x := 0
	for {
		x++
		sink = x
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	time.Sleep(time.Millisecond) // let the spinner start
	const n = 20
	ms := make([]float64, n)
	for i := 0; i < n; i++ {
		t0 := time.Now()
		time.Sleep(10 * time.Millisecond)
		ms[i] = float64(time.Since(t0).Nanoseconds()) / 1e6
	}
	sort.Float64s(ms)
	p99 := ms[(99*n+99)/100-1]
	fmt.Printf("BENCH preempt value=%.2f unit=ms p99=%.2f max=%.2f min=%.2f\n", ms[n/2], p99, ms[n-1], ms[0])
}
