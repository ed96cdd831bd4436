package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, d)

func f(s string) int {
	fmt.Println("init var", s)
	return len(s) * 10
}

func sum(x, y int) int {
	fmt.Println("sum", x, y)
	return x + y
}

func init() {
	fmt.Println("init 1, a =", a)
	d = 100
}

func init() {
	fmt.Println("init 2, d =", d)
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
