package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(-1)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() >= 1)
}
//! env GOMAXPROCS=2
