// Helper file, used only to produce the expectation cerr_22_no_new_variables.want with real Go:
// the snippet testdata/snippets/cerr_22_no_new_variables.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_22_no_new_variables.go:1:1
x := 1
fmt.Println(x)
x := 2
fmt.Println(x)
}
