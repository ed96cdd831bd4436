package main

import "fmt"

type P struct {
	A int
	B string
	C []int
	D map[string]int
	E *int
	F interface{}
}

type Inner struct{ X float64 }
type Outer struct {
	Inner
	Tags []string
}

func main() {
	fmt.Printf("%#v\n", P{1, "x", []int{1}, map[string]int{"k": 1}, nil, 2})
	fmt.Printf("%#v\n", Outer{Inner{1.5}, nil})
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, [2]bool{true}, map[int]string{1: "a", 0: "b"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "q\"s", 'x', 2.0)
	fmt.Printf("%#v %#v\n", []int(nil), struct{ A, b int }{1, 2})
	fmt.Printf("%#x %#o %#q\n", 255, 8, "back`tick")
	var ip *int
	fmt.Printf("%#v %#v\n", ip, interface{}(nil))
}
