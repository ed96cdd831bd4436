package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a(), b(), b())
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	get := func() int { return x }
	x = 100
	fmt.Println(get())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
