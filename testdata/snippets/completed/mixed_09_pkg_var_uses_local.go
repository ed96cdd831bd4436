// Helper file, used only to produce the expectation mixed_09_pkg_var_uses_local.want with real Go:
// the snippet testdata/snippets/mixed_09_pkg_var_uses_local.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_09_pkg_var_uses_local.go:2:1
var buf = make([]int, n)
func main() {
//line testdata/snippets/mixed_09_pkg_var_uses_local.go:1:1
n := 3
//line testdata/snippets/mixed_09_pkg_var_uses_local.go:3:1
fmt.Println(len(buf), n)
}
