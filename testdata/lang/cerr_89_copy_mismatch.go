package main

import "fmt"

func main() {
	a := []int{1}
	b := []string{"x"}
	fmt.Println(copy(a, b))
}
