package main

import "fmt"

const h = 1 << 300

func main() {
	fmt.Println(h * h >> 590)
}
