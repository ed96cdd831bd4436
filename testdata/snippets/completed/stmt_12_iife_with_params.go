// Helper file, used only to produce the expectation stmt_12_iife_with_params.want with real Go:
// the snippet testdata/snippets/stmt_12_iife_with_params.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_12_iife_with_params.go:1:1
func(n int) {
	fmt.Println("called with", n)
}(21)
func(a, b string) { fmt.Println(a + b) }("con", "cat")
defer func(msg string) { fmt.Println(msg) }("deferred with an argument")
}
