package main

import "fmt"

type S struct {
	m map[string]int
}

func main() {
	var i interface{} = 1
	fmt.Println(i == S{})
}
