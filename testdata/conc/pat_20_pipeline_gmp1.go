package main

import "fmt"

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	src := make(chan int)
	go func() {
		for i := 0; i < 1000; i++ {
			src <- i
		}
		close(src)
	}()
	var c <-chan int = src
	for k := 0; k < 10; k++ {
		c = stage(c, func(x int) int { return x + 1 })
	}
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
}
//! env GOMAXPROCS=1
