// Helper file, used only to produce the expectation rt_14_panic_custom_type.want with real Go:
// the snippet testdata/snippets/rt_14_panic_custom_type.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_14_panic_custom_type.go:1:1
type code int

func main() {
//line testdata/snippets/rt_14_panic_custom_type.go:3:1
fmt.Println("about to panic with a named int")
panic(code(3))
}
