// Helper file, used only to produce the expectation cerr_16_break_outside_loop.want with real Go:
// the snippet testdata/snippets/cerr_16_break_outside_loop.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_16_break_outside_loop.go:1:1
fmt.Println("top")
break
}
