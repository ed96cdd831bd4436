package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct{ val int }

func main() {
	p := new(atomic.Pointer)
	fmt.Println(p)
}
