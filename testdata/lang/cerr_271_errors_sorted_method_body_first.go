package main

import "fmt"

func (t T) M() {
	fmt.Println(t.missing)
}

type T struct{}

const c int = "x"

func main() {
	T{}.M()
}
