// Helper file, used only to produce the expectation import_01_single.want with real Go:
// the snippet testdata/snippets/import_01_single.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_01_single.go:1:1
import "strings"

// fmt is not imported: it is added; strings is honoured as written
func main() {
//line testdata/snippets/import_01_single.go:4:1
fmt.Println(strings.ToUpper("explicit import"))
fmt.Println(strings.Fields(" a  b c "), len(strings.Fields(" a  b c ")))
}
