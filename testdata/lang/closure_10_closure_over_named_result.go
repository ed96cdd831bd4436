package main

import "fmt"

func tracked() (result []string) {
	add := func(s string) { result = append(result, s) }
	add("a")
	defer add("deferred")
	add("b")
	return result
}

func counter() (get func() int, inc func()) {
	c := 0
	get = func() int { return c }
	inc = func() { c++ }
	return
}

func main() {
	fmt.Println(tracked())
	g, i := counter()
	i()
	i()
	fmt.Println(g())
	type acc struct{ f func(int) int }
	a := acc{}
	total := 0
	a.f = func(x int) int { total += x; return total }
	a.f(5)
	fmt.Println(a.f(10), total)
}
