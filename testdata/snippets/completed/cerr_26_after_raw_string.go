// Helper file, used only to produce the expectation cerr_26_after_raw_string.want with real Go:
// the snippet testdata/snippets/cerr_26_after_raw_string.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_26_after_raw_string.go:1:1
banner := `=== report ===
lines of a raw string
start at column 1`
fmt.Println(banner)
fmt.Println(bannr)
}
