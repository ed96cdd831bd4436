package main

import "fmt"

func main() {
	a := []int{-1: 5}
	fmt.Println(a)
}
