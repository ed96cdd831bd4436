package main

import "fmt"

const h = 1 << 300

func main() {
	var x int = h >> 200
	fmt.Println(x)
}
