package main

import "fmt"

type Stack struct{ items []int }

// A type of one's own cannot take a type argument (minigo has no generics).
func main() {
	s := Stack[int]{}
	fmt.Println(s)
}
