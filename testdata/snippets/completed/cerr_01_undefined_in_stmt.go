// Helper file, used only to produce the expectation cerr_01_undefined_in_stmt.want with real Go:
// the snippet testdata/snippets/cerr_01_undefined_in_stmt.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_01_undefined_in_stmt.go:1:1
total := 0
for i := 0; i < 3; i++ {
	total += i
}
fmt.Println(totl)
}
