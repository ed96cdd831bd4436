package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.Tick(20 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el < 500*time.Millisecond)
}
