// Helper file, used only to produce the expectation import_11_import_only.want with real Go:
// the snippet testdata/snippets/import_11_import_only.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/import_11_import_only.go:1:1
import "fmt"
func main() {}
