package main

import "fmt"

const m uint64 = 1<<64 - 1

func main() {
	fmt.Println(m * m)
}
