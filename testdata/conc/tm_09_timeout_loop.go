package main

import (
	"fmt"
	"time"
)

// A worker sends results at intervals; the consumer gives up after a deadline.
func main() {
	results := make(chan int)
	go func() {
		for i := 0; ; i++ {
			time.Sleep(20 * time.Millisecond)
			select {
			case results <- i:
			case <-time.After(time.Second):
				return
			}
		}
	}()
	deadline := time.After(110 * time.Millisecond)
	got := 0
	for {
		select {
		case <-results:
			got++
		case <-deadline:
			fmt.Println(got >= 1 && got <= 5)
			return
		}
	}
}
