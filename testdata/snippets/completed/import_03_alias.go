// Helper file, used only to produce the expectation import_03_alias.want with real Go:
// the snippet testdata/snippets/import_03_alias.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_03_alias.go:1:1
import str "strings"
import f "fmt"

func main() {
//line testdata/snippets/import_03_alias.go:4:1
f.Println(str.Title("alias"), str.Count("cheese", "e"))
fmt.Println("fmt is still auto-imported under its own name")
}
