package main

import "fmt"

type T struct{ name string }

func (t *T) Name() string {
	if t == nil {
		return "<nil T>"
	}
	return t.name
}

type Namer interface{ Name() string }

func main() {
	var t *T
	var n Namer = t
	fmt.Println(n.Name(), n == nil, n != nil)
	n = &T{"x"}
	fmt.Println(n.Name())
	fmt.Printf("%T %v\n", n, n != nil)
	var e interface{} = (*int)(nil)
	fmt.Println(e == nil, e.(*int) == nil)
}
