// Helper file, used only to produce the expectation cerr_18_redeclared_func.want with real Go:
// the snippet testdata/snippets/cerr_18_redeclared_func.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_18_redeclared_func.go:1:1
func helper() int { return 1 }

//line testdata/snippets/cerr_18_redeclared_func.go:5:1
func helper() int { return 2 }
func main() {
//line testdata/snippets/cerr_18_redeclared_func.go:3:1
fmt.Println(helper())

}
