// Helper file, used only to produce the expectation auto_26_typed_const_and_func_var.want with real Go:
// the snippet testdata/snippets/auto_26_typed_const_and_func_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
import "time"
//line testdata/snippets/auto_26_typed_const_and_func_var.go:1:1
const tick time.Duration = 5

var handler = func(name string) string {
	return strings.Title(name) + fmt.Sprint(" at ", tick)
}

func main() {
//line testdata/snippets/auto_26_typed_const_and_func_var.go:7:1
fmt.Println(handler("snippet"))
}
