package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct{ val int }

// atomic.Pointer[Node] and atomic.Pointer[int] are different types.
func main() {
	var p atomic.Pointer[Node]
	var q atomic.Pointer[int]
	p = q
	fmt.Println(p.Load())
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 says "as type X in ..." and puts the reason on the next line.
