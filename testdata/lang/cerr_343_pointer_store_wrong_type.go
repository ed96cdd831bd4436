package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct{ val int }

func main() {
	var p atomic.Pointer[Node]
	p.Store(&Node{1})
	n := 5
	p.Store(&n)
	fmt.Println(p.Load())
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 says "as type X in ..." and puts the reason on the next line.
