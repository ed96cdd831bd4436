package main

import "fmt"

func minI(a ...int) int {
	m := a[0]
	for _, v := range a {
		if v < m {
			m = v
		}
	}
	return m
}
func maxI(a ...int) int {
	m := a[0]
	for _, v := range a {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(minI(3, 1, 2), maxI(3, 1, 2))
	x, y := 2.5, -1.0
	fmt.Println(-1.0*1+0*x*y, 10.0)
	fmt.Println("a", "c")
	var u uint8 = 200
	fmt.Println(u, uint8(7))
	const c = 2.5
	fmt.Println(c)
	fmt.Println(minI(5))
}
