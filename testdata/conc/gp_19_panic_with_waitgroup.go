package main

import (
	"fmt"
	"sync"
)

// main waits on a WaitGroup; a worker panics before its Done: the panic ends
// the program (no deadlock report).
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i == 2 {
				var arr []int
				_ = arr[i]
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("not reached")
}
