package main

import (
	"fmt"
	"sync"
)

func generator(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	nums := generator(done)
	for v := range nums {
		if v == 5 {
			break
		}
		fmt.Println(v)
	}
	close(done)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range nums {
		}
		fmt.Println("generator stopped")
	}()
	wg.Wait()
}
