package main

import "fmt"

type Point [2]int

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{3, 2, 1}
	fmt.Println(a == b, a == c, a != c)
	m := map[Point]string{}
	m[Point{1, 2}] = "x"
	m[Point{1, 2}] += "y"
	m[Point{2, 1}] = "z"
	fmt.Println(len(m), m[Point{1, 2}], m[Point{2, 1}])
	type pair struct {
		arr [2]string
		n   int
	}
	p1 := pair{[2]string{"a", "b"}, 1}
	p2 := pair{[2]string{"a", "b"}, 1}
	fmt.Println(p1 == p2)
}
