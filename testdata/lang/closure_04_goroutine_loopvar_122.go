// Go 1.22 per-iteration loop variables (SPEC.md): goroutines started in the loop
// each see their own i. Expectation from completed/closure_04_goroutine_loopvar_122.go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
