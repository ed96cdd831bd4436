package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "square" }

func main() {
	area := Shape.Area
	name := Shape.Name
	var sh Shape = Sq{3}
	fmt.Println(area(sh), name(sh))
	f := Sq.Area
	g := (*Sq).Area
	q := Sq{4}
	fmt.Println(f(q), g(&q))
	fmt.Printf("%T\n", area)
}
