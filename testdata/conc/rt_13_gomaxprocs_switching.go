// GOMAXPROCS lowered and raised again and again while goroutines are
// runnable: the goroutines of a retired processor must still run (minigo
// once hung here, about 1 run in 15, when GOMAXPROCS went from 2 to 1).
package main

import (
	"fmt"
	"runtime"
)

func work(seed uint64, n int, c chan uint64) {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	c <- x
}

func main() {
	var sum uint64
	for r := 0; r < 300; r++ {
		runtime.GOMAXPROCS(1 + r%2)
		c := make(chan uint64)
		go work(88172645463325252, 20000, c)
		go work(2463534242, 20000, c)
		sum += <-c
		sum += <-c
	}
	fmt.Println(sum, runtime.GOMAXPROCS(0))
}
