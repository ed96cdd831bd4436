package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p.X+q.Y)
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n%#v\n", r, r, p)
	r2 := r
	r2.Max.X = 100
	fmt.Println(r.Max.X, r2.Max.X)
	fmt.Println(p == Point{1, 2}, p != q)
	var z Rect
	fmt.Printf("%+v\n", z)
	pp := &Point{3, 4}
	pp.X = 30
	fmt.Println(*pp, pp.Y)
}
