package main

import (
	"fmt"
	"sync/atomic"
)

// atomic.Pointer is generic: it needs its type argument.
func main() {
	var p atomic.Pointer
	fmt.Println(p)
}
