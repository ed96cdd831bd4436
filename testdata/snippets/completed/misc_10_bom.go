// Helper file, used only to produce the expectation misc_10_bom.want with real Go:
// the snippet testdata/snippets/misc_10_bom.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/misc_10_bom.go:1:1
fmt.Println("a snippet with a byte order mark")
}
