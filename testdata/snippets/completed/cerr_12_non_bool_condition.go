// Helper file, used only to produce the expectation cerr_12_non_bool_condition.want with real Go:
// the snippet testdata/snippets/cerr_12_non_bool_condition.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_12_non_bool_condition.go:1:1
n := 5
if n {
	fmt.Println("yes")
}
}
