// Helper file, used only to produce the expectation misc_09_crlf_lines.want with real Go:
// the snippet testdata/snippets/misc_09_crlf_lines.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/misc_09_crlf_lines.go:1:1
total := 0
for i := 1; i <= 4; i++ {
	total += i
}
fmt.Println("crlf snippet:", total)
}
