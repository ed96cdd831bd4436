package main

import "fmt"

func main() {
	var a [1.5]int
	fmt.Println(a)
}
