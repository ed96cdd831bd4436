package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 0; i < 6; i++ {
		select {
		case a <- i:
		case b <- i:
		}
	}
	fmt.Println(len(a), len(b))
	sum := 0
	close(a)
	close(b)
	for v := range a {
		sum += v
	}
	for v := range b {
		sum += v
	}
	fmt.Println(sum)
	// send expression evaluated even if another case is chosen
	calls := 0
	val := func() int { calls++; return 1 }
	full := make(chan int)
	ready := make(chan int, 1)
	select {
	case full <- val():
	case ready <- val():
	}
	fmt.Println("calls", calls, <-ready)
}
