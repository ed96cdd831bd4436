package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	out := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = strings.ToUpper(w)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ","))
}
// Uses Go 1.22 per-iteration loop variables (i, w captured); expectation produced by Go 1.19 from the equivalent program with explicit copies i, w := i, w.
