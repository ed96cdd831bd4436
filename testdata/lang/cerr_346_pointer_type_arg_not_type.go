package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var p atomic.Pointer[3]
	fmt.Println(p)
}
