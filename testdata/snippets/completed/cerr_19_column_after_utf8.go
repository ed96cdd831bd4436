// Helper file, used only to produce the expectation cerr_19_column_after_utf8.want with real Go:
// the snippet testdata/snippets/cerr_19_column_after_utf8.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_19_column_after_utf8.go:1:1
größe := "ü"
fmt.Println(größe, größe2)
}
