package main

import "fmt"

const x int8 = 100

func main() {
	y := x * 2
	fmt.Println(y)
}
