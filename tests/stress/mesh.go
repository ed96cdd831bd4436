// A stress program for the runtime (issue 6): 100,000 goroutines in a mesh of
// pipelines that fan in through select, with timers on the way, and exact
// totals at the end.  tests/stress.sh runs it under the runtime's stress
// switches (a new stack segment at every check, preemption every 100 us, a
// collection at every allocation).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

// Sizes: lanes (pipelines) x stages (goroutines each) = 100,000 goroutines,
// items values through each; `mesh LANES STAGES ITEMS` makes it smaller
// (the GC stress mode collects at every allocation).
var (
	lanes  = 100
	stages = 1000
	items  = 20
)

func arg(i int, def int) int {
	if len(os.Args) > i {
		if n, err := strconv.Atoi(os.Args[i]); err == nil {
			return n
		}
	}
	return def
}

func stage(in <-chan int, out chan<- int, delay bool) {
	for v := range in {
		if delay && v%7 == 0 {
			time.Sleep(time.Microsecond) // a timer on the way
		}
		out <- v + 1
	}
	close(out)
}

func main() {
	lanes, stages, items = arg(1, lanes), arg(2, stages), arg(3, items)
	lanes -= lanes % 4
	var outs []chan int
	var firsts []chan int
	for l := 0; l < lanes; l++ {
		first := make(chan int)
		in := first
		for s := 0; s < stages; s++ {
			out := make(chan int, s%3)
			go stage(in, out, s%250 == 0)
			in = out
		}
		firsts = append(firsts, first)
		outs = append(outs, in)
	}
	// feed every pipeline
	var wg sync.WaitGroup
	for l, c := range firsts {
		wg.Add(1)
		go func(l int, c chan int) {
			defer wg.Done()
			for i := 0; i < items; i++ {
				c <- l*items + i
			}
			close(c)
		}(l, c)
	}
	// fan in, four lanes per select
	total, count := 0, 0
	results := make(chan int, 64)
	var fan sync.WaitGroup
	for g := 0; g < lanes; g += 4 {
		fan.Add(1)
		go func(cs []chan int) {
			defer fan.Done()
			open := len(cs)
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for open > 0 {
				select {
				case v, ok := <-cs[0]:
					if !ok {
						cs[0] = nil
						open--
						continue
					}
					results <- v
				case v, ok := <-cs[1]:
					if !ok {
						cs[1] = nil
						open--
						continue
					}
					results <- v
				case v, ok := <-cs[2]:
					if !ok {
						cs[2] = nil
						open--
						continue
					}
					results <- v
				case v, ok := <-cs[3]:
					if !ok {
						cs[3] = nil
						open--
						continue
					}
					results <- v
				case <-tick.C:
				}
			}
		}(append([]chan int(nil), outs[g:g+4]...))
	}
	go func() {
		fan.Wait()
		close(results)
	}()
	for v := range results {
		total += v
		count++
	}
	wg.Wait()
	// each value v entered a pipeline and came out as v + stages
	n := lanes * items
	want := n*(n-1)/2 + n*stages
	fmt.Println(count, total, total == want)
}
