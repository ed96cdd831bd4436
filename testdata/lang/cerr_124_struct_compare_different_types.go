package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

func main() {
	fmt.Println(A{1} == B{1})
}
