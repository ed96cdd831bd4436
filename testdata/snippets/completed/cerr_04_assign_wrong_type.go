// Helper file, used only to produce the expectation cerr_04_assign_wrong_type.want with real Go:
// the snippet testdata/snippets/cerr_04_assign_wrong_type.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_04_assign_wrong_type.go:1:1
var limit int = 10
func main() {
//line testdata/snippets/cerr_04_assign_wrong_type.go:2:1
name := "x"
limit = name
fmt.Println(limit)
// expectation: Go 1.20+ wording ("as int value in"); Go 1.19 says "as type int in"
}
