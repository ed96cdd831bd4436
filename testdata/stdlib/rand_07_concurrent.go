package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync"
)

func main() {
	// The global source is safe for concurrent use; per-goroutine sources
	// seeded alike give the same sequences.
	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := []string{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if n := rand.Intn(100); n < 0 || n >= 100 {
					panic("out of range")
				}
			}
			r := rand.New(rand.NewSource(int64(g % 2)))
			var sb strings.Builder
			for i := 0; i < 5; i++ {
				fmt.Fprintf(&sb, "%d ", r.Intn(10))
			}
			mu.Lock()
			lines = append(lines, fmt.Sprintf("seed %d: %s", g%2, sb.String()))
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
