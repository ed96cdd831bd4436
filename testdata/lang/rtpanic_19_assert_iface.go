package main

import "fmt"

type Stringer interface{ String() string }
type T struct{}

func main() {
	var x interface{} = T{}
	s := x.(Stringer)
	fmt.Println(s)
}
