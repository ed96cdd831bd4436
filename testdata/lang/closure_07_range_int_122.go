// Go 1.22 range over int (SPEC.md). Expectation from completed/closure_07_range_int_122.go
// (the same loops written as three-clause loops with explicit per-iteration copies).
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var fs []func() int
	for i := range 4 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var k int8 = 3
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
}
