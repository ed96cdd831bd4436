package main

import "fmt"

type Inner struct {
	A [2]int
	S string
}

type Outer struct {
	In  Inner
	P   *int
	F   float64
	Ifc interface{}
}

func main() {
	x := 5
	a := Outer{Inner{[2]int{1, 2}, "s"}, &x, 1.5, 3}
	b := a
	fmt.Println(a == b)
	b.In.A[1] = 9
	fmt.Println(a == b, a.In.A, b.In.A)
	b = a
	y := 5
	b.P = &y
	fmt.Println(a == b)
	b.P = &x
	b.Ifc = "3"
	fmt.Println(a == b)
	*b.P = 6
	fmt.Println(x, *a.P)
}
