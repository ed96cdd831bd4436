package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T\n", Tuesday)
	fmt.Println(x0, y0, x1, y1, x2, y2)
}
