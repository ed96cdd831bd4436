package main

import "fmt"

func main() {
	a := [2]int{}
	b := [3]int{}
	fmt.Println(a == b)
}
