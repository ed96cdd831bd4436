package main

import (
	"fmt"
	"sync/atomic"
)

// Only atomic.Pointer takes a type argument; atomic.Int32 does not.
func main() {
	var x atomic.Int32[int]
	fmt.Println(x.Load())
}
