package main

import "fmt"

type S struct {
	a int8
	b int64
	c int16
	d int32
	e bool
}

func build(n int) S {
	var garbage [4]S
	for i := range garbage {
		garbage[i] = S{int8(i * 7), int64(i * 1000), int16(i), int32(-i), i%2 == 0}
	}
	var s S
	s.a = int8(n)
	s.b = int64(n)
	s.c = int16(n)
	s.d = int32(n)
	s.e = true
	_ = garbage
	return s
}

func main() {
	x := build(3)
	y := S{3, 3, 3, 3, true}
	fmt.Println(x == y)
	m := map[S]int{x: 1}
	m[y]++
	fmt.Println(len(m), m[y])
	var i1, i2 interface{} = x, y
	fmt.Println(i1 == i2)
	arr := [2]S{x, y}
	arr2 := [2]S{y, x}
	fmt.Println(arr == arr2)
}
