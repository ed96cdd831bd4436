// Helper file, used only to produce the expectation import_09_dot_import.want with real Go:
// the snippet testdata/snippets/import_09_dot_import.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_09_dot_import.go:1:1
import . "strings"

func main() {
//line testdata/snippets/import_09_dot_import.go:3:1
fmt.Println(ToUpper("dot import"), Repeat("-", 3), Contains("abc", "b"))
}
