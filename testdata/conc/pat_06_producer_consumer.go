package main

import (
	"fmt"
	"sync"
)

func main() {
	buf := make(chan int, 8)
	var prod sync.WaitGroup
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 0; i < 250; i++ {
				buf <- p*1000 + i
			}
		}(p)
	}
	go func() { prod.Wait(); close(buf) }()
	var cons sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for v := range buf {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	cons.Wait()
	fmt.Println(sums[0]+sums[1]+sums[2], counts[0]+counts[1]+counts[2])
}
