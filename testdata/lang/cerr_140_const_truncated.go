package main

import "fmt"

const x int = 1.5

func main() {
	fmt.Println(x)
}
