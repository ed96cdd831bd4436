// recursion: one fresh goroutine recurses 10,000,000 frames deep and back.
// Result: wall time in seconds (first descent: includes stack growth).
package main

import (
	"fmt"
	"time"
)

const depth = 10000000

// The xor after the call keeps C compilers from turning the recursion into
// a loop (they do it for + and * accumulators).
func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n-1) ^ n
}

func main() {
	c := make(chan int)
	start := time.Now()
	go func() {
		c <- rec(depth)
	}()
	r := <-c
	el := time.Since(start)
	want := 0
	for i := 1; i <= depth; i++ {
		want ^= i
	}
	if r != want {
		panic("recursion: wrong result")
	}
	fmt.Printf("BENCH recursion value=%.4f unit=s frames=%d\n", el.Seconds(), depth)
}
