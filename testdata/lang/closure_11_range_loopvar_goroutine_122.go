// Go 1.22 per-iteration loop variables (SPEC.md) for range loops with goroutines.
// Expectation from completed/closure_11_range_loopvar_goroutine_122.go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	out := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprint(i, ":", w)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	var ptrs []*string
	for _, w := range words {
		ptrs = append(ptrs, &w)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
