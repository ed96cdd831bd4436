package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	f := atomic.Pointer
	fmt.Println(f)
}
