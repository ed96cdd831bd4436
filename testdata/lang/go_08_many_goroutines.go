package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var total int64
	for i := 1; i <= 10000; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			atomic.AddInt64(&total, int64(v))
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	ch := make(chan int)
	for i := 0; i < 100; i++ {
		go func(v int) { ch <- v }(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-ch
	}
	fmt.Println(sum)
}
