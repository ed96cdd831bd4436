package main

import "fmt"

type T struct{}

func main() {
	p := &T{}
	t := T{}
	fmt.Println(p == t)
}
