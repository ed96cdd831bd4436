package main

import "fmt"

func main() {
	x := 5
	p := &x
	fmt.Println(p[1:2])
}
