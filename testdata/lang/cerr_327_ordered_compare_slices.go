package main

import "fmt"

func main() {
	a, b := []int{1}, []int{2}
	fmt.Println(a < b)
}
