// Helper file, used only to produce the expectation mixed_15_recursive_func_var.want with real Go:
// the snippet testdata/snippets/mixed_15_recursive_func_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_15_recursive_func_var.go:1:1
// fib is a package-level var; the statements give it a recursive value
//line testdata/snippets/mixed_15_recursive_func_var.go:2:1
var fib func(int) int

//line testdata/snippets/mixed_15_recursive_func_var.go:12:1
var count func(int) int
func main() {
//line testdata/snippets/mixed_15_recursive_func_var.go:4:1
fib = func(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
fmt.Println(fib(20))
memo := map[int]int{}
//line testdata/snippets/mixed_15_recursive_func_var.go:13:1
count = func(n int) int {
	if n <= 1 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = count(n-1) + count(n-2)
	return memo[n]
}
fmt.Println(count(50))
}
