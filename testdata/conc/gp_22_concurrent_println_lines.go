package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each fmt.Println is one write: lines from concurrent goroutines never mix.
func main() {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			pad := strings.Repeat(string(rune('a'+g)), 40)
			for i := 0; i < 100; i++ {
				fmt.Println(g, i, pad)
			}
		}(g)
	}
	wg.Wait()
}
//! mode sorted
//! env GOMAXPROCS=8
