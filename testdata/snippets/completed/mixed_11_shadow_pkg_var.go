// Helper file, used only to produce the expectation mixed_11_shadow_pkg_var.want with real Go:
// the snippet testdata/snippets/mixed_11_shadow_pkg_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_11_shadow_pkg_var.go:1:1
// a top-level var is package-level; := in the statements makes a local that shadows it
//line testdata/snippets/mixed_11_shadow_pkg_var.go:2:1
var level = "package"

func show() { fmt.Println("show sees:", level) }

func main() {
//line testdata/snippets/mixed_11_shadow_pkg_var.go:6:1
level := "local"
fmt.Println("main sees:", level)
show()
}
