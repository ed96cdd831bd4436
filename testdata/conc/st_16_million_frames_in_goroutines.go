package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// A recursion a million frames deep, in two goroutines at once, then again
// (segments are reused).
func main() {
	out := make(chan int)
	for round := 0; round < 2; round++ {
		go func() { out <- depth(1000000) }()
		go func() { out <- depth(500000) }()
		fmt.Println(<-out + <-out)
	}
}
