package main

import "fmt"

type A struct{ X, Y int }
type B struct{ Y, Z int }
type C struct {
	A
	B
	Y int
}

func (A) Hello() string { return "A.Hello" }
func (B) Bye() string   { return "B.Bye" }

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	fmt.Println(c.X, c.Y, c.Z, c.A.Y, c.B.Y)
	fmt.Println(c.Hello(), c.Bye())
	c.X = 10
	fmt.Println(c.A)
}
