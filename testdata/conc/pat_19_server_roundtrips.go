package main

import (
	"fmt"
	"sync"
)

type call struct {
	arg   int
	reply chan int
}

// 10,000 client goroutines each make one round trip to a server goroutine.
func main() {
	calls := make(chan call)
	go func() {
		for c := range calls {
			c.reply <- c.arg * 2
		}
	}()
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := make(chan int)
			calls <- call{i, r}
			v := <-r
			mu.Lock()
			sum += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	close(calls)
	fmt.Println(sum)
}
