package main

import "fmt"

type A int
type B int

func main() {
	var a A = 1
	var b B = 1
	fmt.Println(a == b)
}
