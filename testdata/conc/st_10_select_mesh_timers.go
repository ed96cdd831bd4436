package main

import (
	"fmt"
	"sync"
	"time"
)

// A small mesh: stages forward values through selects with timeouts and
// a shared quit channel; totals must be exact.
func stage(in <-chan int, out chan<- int, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			select {
			case out <- v + 1:
			case <-quit:
				return
			}
		case <-time.After(time.Second):
			fmt.Println("stage idle too long")
			return
		}
	}
}

func main() {
	const Lanes, Depth, N = 20, 10, 200
	quit := make(chan struct{})
	sink := make(chan int, 64)
	var all sync.WaitGroup
	var heads []chan int
	for l := 0; l < Lanes; l++ {
		head := make(chan int)
		heads = append(heads, head)
		var lane sync.WaitGroup
		in := head
		for d := 0; d < Depth; d++ {
			out := make(chan int)
			lane.Add(1)
			go stage(in, out, quit, &lane)
			in = out
		}
		all.Add(1)
		go func(last chan int, lane *sync.WaitGroup) {
			defer all.Done()
			for v := range last {
				sink <- v
			}
		}(in, &lane)
		// close each channel after its stage exits
		_ = lane
	}
	go func() {
		var wg sync.WaitGroup
		for _, h := range heads {
			wg.Add(1)
			go func(h chan int) {
				defer wg.Done()
				for i := 0; i < N; i++ {
					h <- i
				}
			}(h)
		}
		wg.Wait()
	}()
	total, count := 0, 0
	for count < Lanes*N {
		total += <-sink
		count++
	}
	close(quit)
	fmt.Println(count, total)
}
