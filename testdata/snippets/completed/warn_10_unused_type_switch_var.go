// Helper file, used only to produce the expectation warn_10_unused_type_switch_var.want with real Go:
// the snippet testdata/snippets/warn_10_unused_type_switch_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_10_unused_type_switch_var.go:1:1
var values = []interface{}{1, "two", 3.0}
func main() {
//line testdata/snippets/warn_10_unused_type_switch_var.go:2:1
for _, x := range values {
	switch v := x.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	default:
		fmt.Println("other")
	}
}
}
