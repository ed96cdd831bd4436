package main

import (
	"fmt"
	"sync"
)

func worker(id int, in <-chan int, out chan<- string) {
	for n := range in {
		out <- fmt.Sprintf("%d squared is %d", n, n*n)
	}
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	in := make(chan int)
	outs := make([]<-chan string, 3)
	for i := range outs {
		c := make(chan string)
		outs[i] = c
		go func(i int, c chan string) {
			worker(i, in, c)
			close(c)
		}(i, c)
	}
	go func() {
		for i := 1; i <= 12; i++ {
			in <- i
		}
		close(in)
	}()
	for s := range merge(outs...) {
		fmt.Println(s)
	}
}
//! mode sorted
