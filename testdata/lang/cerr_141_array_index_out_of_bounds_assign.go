package main

import "fmt"

func main() {
	var a [2]int
	a[2] = 1
	fmt.Println(a)
}
