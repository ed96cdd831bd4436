package main

import "fmt"

func main() {
	var a, b interface{} = 1, 2
	fmt.Println(a + b)
}
