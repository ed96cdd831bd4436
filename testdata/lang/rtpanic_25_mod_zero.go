package main

import "fmt"

func main() {
	var a int8 = -128
	var b int8
	fmt.Println(a % b)
}
