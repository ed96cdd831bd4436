package main

import "fmt"

func main() {
	var v Widget
	fmt.Println(v)
}
