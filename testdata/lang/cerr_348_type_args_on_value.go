package main

import "fmt"

// x[int]{...} reads as a literal of an instantiated generic type: x is not one.
func main() {
	x := []int{1}
	y := x[int]{}
	fmt.Println(y)
}
