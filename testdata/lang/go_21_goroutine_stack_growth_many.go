package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	var buf [32]int
	buf[n%32] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + buf[n%32] - n
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 200)
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = depth(1000 + i*50)
		}(i)
	}
	wg.Wait()
	fmt.Println(out[0], out[199], len(out))
}
