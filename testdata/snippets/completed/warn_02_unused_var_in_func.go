// Helper file, used only to produce the expectation warn_02_unused_var_in_func.want with real Go:
// the snippet testdata/snippets/warn_02_unused_var_in_func.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_02_unused_var_in_func.go:1:1
func compute(n int) int {
	temp := n * 2
	return n + 1
}

func main() {
//line testdata/snippets/warn_02_unused_var_in_func.go:6:1
fmt.Println(compute(4))
}
