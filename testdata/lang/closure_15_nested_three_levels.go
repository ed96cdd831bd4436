package main

import "fmt"

func outer() func() func() int {
	a := 1
	return func() func() int {
		b := 10
		a++
		return func() int {
			a += 100
			b++
			return a + b
		}
	}
}

func main() {
	mk := outer()
	f1 := mk()
	f2 := mk()
	fmt.Println(f1(), f1(), f2(), f1())
	x := 0
	var rec func(int)
	rec = func(n int) {
		if n == 0 {
			return
		}
		x += n
		func() {
			x *= 2
		}()
		rec(n - 1)
	}
	rec(3)
	fmt.Println(x)
}
