package main

import "fmt"

func main() {
	a, b := 1
	fmt.Println(a, b)
}
