package main

import "fmt"

type T struct{}

func main() {
	var t T
	fmt.Println(t == nil)
}
