// Helper file, used only to produce the expectation mixed_13_var_named_like_package.want with real Go:
// the snippet testdata/snippets/mixed_13_var_named_like_package.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_13_var_named_like_package.go:1:1
// a package-level var named strings: strings.N is its field, not the package
//line testdata/snippets/mixed_13_var_named_like_package.go:2:1
var strings = struct{ N int }{3}

func main() {
//line testdata/snippets/mixed_13_var_named_like_package.go:4:1
fmt.Println(strings.N)
}
