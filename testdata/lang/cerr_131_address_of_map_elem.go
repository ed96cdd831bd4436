package main

import "fmt"

func main() {
	m := map[string]int{}
	p := &m["a"]
	fmt.Println(p)
}
