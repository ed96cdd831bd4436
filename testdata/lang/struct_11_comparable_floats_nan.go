package main

import "fmt"

type P struct {
	X float64
	S string
}

func main() {
	var zero float64
	nan := zero / zero
	a := P{nan, "a"}
	b := a
	fmt.Println(a == b, a != b)
	c := P{0, "z"}
	d := P{-zero * 1, "z"}
	negz := -zero
	d.X = negz
	fmt.Println(c == d)
	arrA := [2]float64{nan, 1}
	arrB := arrA
	fmt.Println(arrA == arrB)
	var ia, ib interface{} = nan, nan
	fmt.Println(ia == ib)
	m := map[P]int{}
	m[a] = 1
	m[a] = 2
	fmt.Println(len(m))
}
