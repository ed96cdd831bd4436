package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }

func makeMul(k int) func(int) int { return func(x int) int { return x * k } }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(apply(add, 2, 3))
	fmt.Println(apply(func(a, b int) int { return a - b }, 2, 3))
	ops := map[string]BinOp{"+": add, "*": func(a, b int) int { return a * b }}
	fmt.Println(ops["+"](4, 5), ops["*"](4, 5))
	fmt.Println(mapInts([]int{1, 2, 3}, makeMul(3)))
	var f func(int) int
	fmt.Println(f == nil)
	f = makeMul(2)
	fmt.Println(f != nil, f(21))
	table := []struct {
		name string
		fn   func(float64) float64
	}{{"half", func(x float64) float64 { return x / 2 }}, {"sq", func(x float64) float64 { return x * x }}}
	for _, t := range table {
		fmt.Println(t.name, t.fn(3))
	}
}
