package main

import "fmt"

var n = 3

func main() {
	var a [n]int
	fmt.Println(a)
}
