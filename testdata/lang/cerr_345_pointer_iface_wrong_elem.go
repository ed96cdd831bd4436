package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct{ val int }

type IntLoader interface{ Load() *int }

// *atomic.Pointer[Node] has Load() *Node, not Load() *int.
func main() {
	var p atomic.Pointer[Node]
	var l IntLoader = &p
	fmt.Println(l)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 says "as type X in ..." and puts the reason on the next line.
