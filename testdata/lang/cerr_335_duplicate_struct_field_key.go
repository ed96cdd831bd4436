package main

import "fmt"

type P struct{ X, Y int }

func main() {
	fmt.Println(P{X: 1, X: 2})
}
