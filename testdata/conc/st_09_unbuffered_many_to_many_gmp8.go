package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var pw, cw sync.WaitGroup
	sums := make([]int, 8)
	for p := 0; p < 8; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 1; i <= 5000; i++ {
				c <- i
			}
		}(p)
	}
	for r := 0; r < 8; r++ {
		cw.Add(1)
		go func(r int) {
			defer cw.Done()
			for v := range c {
				sums[r] += v
			}
		}(r)
	}
	pw.Wait()
	close(c)
	cw.Wait()
	t := 0
	for _, s := range sums {
		t += s
	}
	fmt.Println(t)
}
//! env GOMAXPROCS=8
