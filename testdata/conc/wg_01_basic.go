package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
	wg.Wait() // zero counter: returns at once
	fmt.Println("second wait ok")
}
// Uses Go 1.22 per-iteration loop variables (i captured); expectation produced by Go 1.19 from completed/wg_01_basic.go (explicit copy i := i).
