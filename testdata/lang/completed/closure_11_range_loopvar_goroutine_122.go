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
		i, w := i, w
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
		w := w
		ptrs = append(ptrs, &w)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
