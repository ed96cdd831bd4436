package main

import "fmt"

func pair() (func(), func() int) {
	n := 0
	return func() { n += 2 }, func() int { return n }
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	x := 1
	f := func() func() int {
		return func() int { x *= 3; return x }
	}()
	f()
	fmt.Println(x, f())
	s := []int{1, 2}
	g := func() { s = append(s, 3) }
	g()
	fmt.Println(s)
	type st struct{ v int }
	v := st{1}
	h := func() { v.v = 9 }
	h()
	fmt.Println(v)
}
