// Helper file, used only to produce the expectation warn_04_unused_then_error.want with real Go:
// the snippet testdata/snippets/warn_04_unused_then_error.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/warn_04_unused_then_error.go:1:1
// the real error is reported; the unused variable after it is only a warning
//line testdata/snippets/warn_04_unused_then_error.go:2:1
fmt.Println(b)
a := 1
}
