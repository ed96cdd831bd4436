package main

import "fmt"

func a() interface{} {
	type point struct{ X, Y int }
	return point{1, 2}
}

func b() interface{} {
	type point struct{ Name string }
	return point{"b"}
}

func c() (interface{}, interface{}) {
	type T int
	x := T(1)
	f := func() interface{} {
		type T string
		return T("inner")
	}
	return x, f()
}

func main() {
	pa, pb := a(), b()
	fmt.Printf("%v %T\n", pa, pa)
	fmt.Printf("%v %T\n", pb, pb)
	fmt.Println(pa == pb)
	x, y := c()
	fmt.Printf("%v %T %v %T\n", x, x, y, y)
	type point struct{ X, Y int }
	fmt.Println(pa == interface{}(point{1, 2}))
	for i := 0; i < 2; i++ {
		type counter struct{ n int }
		c := counter{i}
		fmt.Println(c)
	}
}
