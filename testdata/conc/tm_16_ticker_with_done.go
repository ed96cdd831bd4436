package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	count := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				count <- n
				return
			case <-ticker.C:
				n++
			}
		}
	}()
	time.Sleep(105 * time.Millisecond)
	ticker.Stop()
	done <- true
	n := <-count
	fmt.Println(n >= 1 && n <= 11)
}
