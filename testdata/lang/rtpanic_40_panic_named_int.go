package main

import "fmt"

type Code int

type Label string

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(Code(3))
	}()
	panic(Label("first"))
}
