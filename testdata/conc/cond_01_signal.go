package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			mu.Unlock()
			fmt.Println("consumed", v)
		}
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		cond.Signal()
		mu.Unlock()
	}
	<-done
}
