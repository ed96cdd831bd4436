package main

import "fmt"

func main() {
	x := -9223372036854775808
	y := -1
	fmt.Println(x/y, x%y)
	var z int
	fmt.Println(y % z)
}
