package main

import (
	"fmt"
	"sync"
)

func sum(n int) int {
	var pad [64]byte
	pad[n%64] = 1
	if n == 0 {
		return int(pad[0])
	}
	return sum(n-1) + int(pad[n%64])
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			res[g] = sum(100000 * (g + 1))
		}(g)
	}
	wg.Wait()
	fmt.Println(res)
}
