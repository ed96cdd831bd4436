package main

import "fmt"

const big = 1 << 600

func main() {
	fmt.Println(big >> 590)
}
