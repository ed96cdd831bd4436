// Helper file, used only to produce the expectation warn_09_unused_alias_import.want with real Go:
// the snippet testdata/snippets/warn_09_unused_alias_import.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_09_unused_alias_import.go:1:1
import str "strings"

func main() {
//line testdata/snippets/warn_09_unused_alias_import.go:3:1
fmt.Println("alias never used")
}
