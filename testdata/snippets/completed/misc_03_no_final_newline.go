// Helper file, used only to produce the expectation misc_03_no_final_newline.want with real Go:
// the snippet testdata/snippets/misc_03_no_final_newline.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/misc_03_no_final_newline.go:1:1
fmt.Println("no newline at the end of this file")
}
