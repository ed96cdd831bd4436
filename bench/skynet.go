// skynet: the classic skynet benchmark — a tree of 1,000,000 leaf
// goroutines (fan-out 10), each level summing its children's numbers over
// unbuffered channels. Result: wall time in seconds.
package main

import (
	"fmt"
	"time"
)

func skynet(c chan int, num, size, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int)
	sum := 0
	for i := 0; i < div; i++ {
		sub := num + i*(size/div)
		go skynet(rc, sub, size/div, div)
	}
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

func main() {
	start := time.Now()
	c := make(chan int)
	go skynet(c, 0, 1000000, 10)
	sum := <-c
	el := time.Since(start)
	if sum != 499999500000 {
		panic("skynet: wrong sum")
	}
	fmt.Printf("BENCH skynet value=%.4f unit=s goroutines=1111111\n", el.Seconds())
}
