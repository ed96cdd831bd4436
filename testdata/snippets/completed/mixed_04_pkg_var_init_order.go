// Helper file, used only to produce the expectation mixed_04_pkg_var_init_order.want with real Go:
// the snippet testdata/snippets/mixed_04_pkg_var_init_order.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_04_pkg_var_init_order.go:5:1
var config = load()

func load() string {
	fmt.Println("load() runs during package initialisation")
	return "loaded"
}

func main() {
//line testdata/snippets/mixed_04_pkg_var_init_order.go:1:1
// a top-level var is a package-level declaration: it is initialised before
// the wrapped statements run, whatever its place in the snippet
//line testdata/snippets/mixed_04_pkg_var_init_order.go:3:1
fmt.Println("first statement")

//line testdata/snippets/mixed_04_pkg_var_init_order.go:12:1
fmt.Println("config:", config)
}
