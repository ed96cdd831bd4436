// Helper file, used only to produce the expectation rt_08_type_assertion.want with real Go:
// the snippet testdata/snippets/rt_08_type_assertion.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_08_type_assertion.go:1:1
var v interface{} = "a string"
func main() {
//line testdata/snippets/rt_08_type_assertion.go:2:1
n, ok := v.(int)
fmt.Println(n, ok)
fmt.Println(v.(int))
}
