package main

import (
	"fmt"
	"sync"
)

// Go 1.22: range over an int and per-iteration loop variables captured by goroutines.
func main() {
	var wg sync.WaitGroup
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			c <- i * i
		}()
	}
	wg.Wait()
	close(c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
