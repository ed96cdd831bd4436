// Helper file, used only to produce the expectation import_10_blank_import_plus_auto.want with real Go:
// the snippet testdata/snippets/import_10_blank_import_plus_auto.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_10_blank_import_plus_auto.go:1:1
import _ "fmt"

// a blank import does not make the name fmt available: fmt is still auto-imported
func main() {
//line testdata/snippets/import_10_blank_import_plus_auto.go:4:1
fmt.Println("blank import plus auto-import")
}
