package main

import "fmt"

type T struct{ x int }

func main() {
	t := &T{1}
	pp := &t
	fmt.Println(pp.x)
}
