package main

import "fmt"

type K struct{ a int }

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	p := &K{1}
	a, b = p, p
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	var e error
	var pe *myE
	fmt.Println(e == nil, pe == nil)
	e = pe
	fmt.Println(e == nil)
	var x interface{} = 3
	fmt.Println(x == 3, x != "3")
}

type myE struct{}

func (*myE) Error() string { return "" }
