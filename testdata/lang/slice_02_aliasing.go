package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c)
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	f := d[1:2]
	fmt.Println(len(f), cap(f))
	f = append(f, 42)
	fmt.Println(d, f)
	g := d[:1:1]
	g = append(g, 7)
	fmt.Println(d, g)
}
