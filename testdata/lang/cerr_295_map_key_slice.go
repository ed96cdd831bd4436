package main

import "fmt"

func main() {
	var m map[[]int]string
	fmt.Println(m)
}
