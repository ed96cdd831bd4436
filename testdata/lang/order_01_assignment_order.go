package main

import "fmt"

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	b := [3]int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	fmt.Println(b)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	p := &x
	*p, x = 100, 200
	fmt.Println(x)
}
