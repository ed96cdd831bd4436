package main

import "fmt"

const z = 1 << 511

func main() {
	fmt.Println((z + z) >> 500)
}
