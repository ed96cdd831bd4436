// hotsplit: the "hot split" — a call in a loop right at a stack segment
// boundary. A fresh goroutine recurses to depth d and there calls a small
// leaf function in a loop; for d = 0..maxDepth one of the depths puts the
// leaf's frame just across the boundary of a segment (1.5 KiB, 4 KiB, 8 KiB
// … in minigo, whose looping function then moves to the next segment once,
// RT_LOOP_ROOM; Go copies its stack once and never meets a boundary again).
// Per depth: best of `reps` timings of the loop. Result: the worst depth's
// time per call divided by the median depth's (no boundary). 1.0 = no cost.
package main

import (
	"fmt"
	"sort"
	"time"
)

const maxDepth = 400
const iters = 200000
const reps = 5

var sink int

// Called through a function variable so that no compiler inlines it: the
// call must be a real call with its own frame (and its own stack check).
var leafFn func(int) int

func leaf(x int) int { return x*3 + 1 }

// descend recurses d frames, then runs the loop; returns the loop's time.
func descend(d int) time.Duration {
	if d == 0 {
		f := leafFn
		s := 0
		t0 := time.Now()
		for i := 0; i < iters; i++ {
			s += f(i)
		}
		el := time.Since(t0)
		sink += s
		return el
	}
	el := descend(d - 1)
	sink ^= d // not a tail call
	return el
}

func main() {
	leafFn = leaf
	per := make([]float64, maxDepth+1)
	c := make(chan time.Duration)
	for r := 0; r < 20; r++ { // warm up (CPU clock, caches, pools)
		go func() { c <- descend(0) }()
		<-c
	}
	for d := 0; d <= maxDepth; d++ {
		best := time.Duration(1 << 62)
		for r := 0; r < reps; r++ {
			go func() { c <- descend(d) }()
			el := <-c
			if el < best {
				best = el
			}
		}
		per[d] = float64(best.Nanoseconds()) / iters
	}
	sorted := make([]float64, len(per))
	copy(sorted, per)
	sort.Float64s(sorted)
	median := sorted[len(sorted)/2]
	worst, worstD := 0.0, 0
	for d, v := range per {
		if v > worst {
			worst, worstD = v, d
		}
	}
	fmt.Printf("BENCH hotsplit value=%.3f unit=ratio worst_depth=%d worst_ns=%.2f median_ns=%.2f\n",
		worst/median, worstD, worst, median)
}
