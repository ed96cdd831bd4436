package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, results chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(results)
			return
		case results <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
	<-ctx.Done()
	fmt.Println(ctx.Err())
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println(ctx2.Err())
	ctx3, cancel3 := context.WithCancel(context.Background())
	res := make(chan int)
	go work(ctx3, res)
	sum := 0
	for v := range res {
		sum += v
		if v == 10 {
			cancel3()
			break
		}
	}
	fmt.Println("sum", sum)
	ctx4, cancel4 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel4()
	fmt.Println(ctx4.Err())
}
