package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct{ val int }

type Loader interface{ Load() *Node }

// The methods are on *atomic.Pointer[Node], not on atomic.Pointer[Node].
func main() {
	var p atomic.Pointer[Node]
	var l Loader = p
	fmt.Println(l)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 says "as type X in ..." and puts the reason on the next line.
