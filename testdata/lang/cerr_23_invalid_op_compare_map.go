package main

import "fmt"

func main() {
	a := map[int]int{}
	b := map[int]int{}
	fmt.Println(a == b)
}
