package main

import (
	"fmt"
	"sync"
)

func main() {
	const N = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	results := make(chan int, 100)
	for i := 1; i <= N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			results <- 1
		}(i)
	}
	count := 0
	for count < N {
		count += <-results
	}
	wg.Wait()
	fmt.Println(total, count)
}
//! env GOMAXPROCS=1
