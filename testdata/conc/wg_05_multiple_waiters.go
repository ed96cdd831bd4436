package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	out := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			wg.Wait()
			out <- i
		}(i)
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("released:", len(out))
	wg.Done()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-out
	}
	fmt.Println("sum of waiter ids:", sum)
}
