// Helper file, used only to produce the expectation mixed_01_func_then_stmts.want with real Go:
// the snippet testdata/snippets/mixed_01_func_then_stmts.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_01_func_then_stmts.go:1:1
func greet(name string) string {
	return "Hello, " + name
}

func main() {
//line testdata/snippets/mixed_01_func_then_stmts.go:5:1
fmt.Println(greet("gopher"))
fmt.Println(greet("minigo"))
}
