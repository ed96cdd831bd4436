// Helper file, used only to produce the expectation cerr_03_mismatched_types.want with real Go:
// the snippet testdata/snippets/cerr_03_mismatched_types.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_03_mismatched_types.go:1:1
count := 3
label := "items: "
fmt.Println(label + count)
}
