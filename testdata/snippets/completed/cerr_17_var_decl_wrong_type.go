// Helper file, used only to produce the expectation cerr_17_var_decl_wrong_type.want with real Go:
// the snippet testdata/snippets/cerr_17_var_decl_wrong_type.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_17_var_decl_wrong_type.go:1:1
var retries int = "three"

func main() {
//line testdata/snippets/cerr_17_var_decl_wrong_type.go:3:1
fmt.Println(retries)
}
