package main

import "fmt"

func main() {
	a := [...]int{1: 1, 1: 2}
	fmt.Println(a)
}
