package main

import "fmt"

func main() {
	n := 3
	var a [n + 1]int
	fmt.Println(a)
}
