package main

import "fmt"

type T struct{ f func() }

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
