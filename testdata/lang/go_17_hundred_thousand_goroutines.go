package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int32, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = int32(i % 7)
		}(i)
	}
	close(start)
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += int(r)
	}
	fmt.Println(sum)
}
