package main

import "fmt"

const c int8 = 1 << 7

func main() {
	fmt.Println(c)
}
