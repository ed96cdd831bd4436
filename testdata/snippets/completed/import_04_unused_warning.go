// Helper file, used only to produce the expectation import_04_unused_warning.want with real Go:
// the snippet testdata/snippets/import_04_unused_warning.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_04_unused_warning.go:1:1
import "os"

// os is imported and never used: Go refuses this, minigo warns and runs it
func main() {
//line testdata/snippets/import_04_unused_warning.go:4:1
fmt.Println("still runs")
}
