package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- id*1000 + i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	for i := 0; i < 30; i++ {
		<-out
	}
	cancel()
	wg.Wait()
	fmt.Println(ctx.Err())
	cancel()
	fmt.Println(ctx.Err() == context.Canceled)
}
