package main

import "fmt"

func main() {
	var a [2]int
	a[0] := 1
	fmt.Println(a)
}
