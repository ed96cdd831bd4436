package main

import "fmt"

const big = 1 << 100

func main() {
	var a [big]int
	fmt.Println(len(a))
}
