package main

import "fmt"

type T struct{ x int }

func main() {
	t := T(1, 2)
	fmt.Println(t)
}
