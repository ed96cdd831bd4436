package main

import "fmt"

const big = 1 << 64

func main() {
	var x int64 = big
	fmt.Println(x)
}
