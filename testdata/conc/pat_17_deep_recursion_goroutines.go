package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

// Many goroutines each recurse deeply (stacks must grow) at the same time.
func main() {
	var wg sync.WaitGroup
	res := make([]int, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = depth(10000 + i)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range res {
		sum += r
	}
	fmt.Println(sum)
}
