// Go 1.21+ builtins min and max (SPEC.md: Go 1.22). Expectation from
// completed/builtin_01_min_max_122.go (the same with helper functions).
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	x, y := 2.5, -1.0
	fmt.Println(min(x, y), max(x, y, 10))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	var u uint8 = 200
	fmt.Println(max(u, 100), min(u, 7))
	const c = max(1, 2.5)
	fmt.Println(c)
	fmt.Println(min(5))
}
