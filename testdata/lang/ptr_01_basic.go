package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	pp := &p
	**pp = 42
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil, np)
	n := new(int)
	*n = 7
	fmt.Println(*n)
	type T struct{ a, b int }
	t := new(T)
	t.a = 3
	fmt.Println(*t)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	e = &s[2]
	s[2] = 30
	fmt.Println(*e)
}
