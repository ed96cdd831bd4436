package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// The global source is randomly seeded (Go 1.20+): only ranges are
	// deterministic.
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 10000; i++ {
		n := rand.Intn(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		seen[n] = true
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println(ok, len(seen))
}
