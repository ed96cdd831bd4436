// Helper file, used only to produce the expectation warn_03_unused_import_and_var.want with real Go:
// the snippet testdata/snippets/warn_03_unused_import_and_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_03_unused_import_and_var.go:1:1
import "strings"

func main() {
//line testdata/snippets/warn_03_unused_import_and_var.go:3:1
x := 1
y := 2
fmt.Println(x)
}
