// Helper file, used only to produce the expectation warn_05_toplevel_var_no_warning.want with real Go:
// the snippet testdata/snippets/warn_05_toplevel_var_no_warning.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_05_toplevel_var_no_warning.go:1:1
// top-level vars are package-level: never "declared and not used"
//line testdata/snippets/warn_05_toplevel_var_no_warning.go:2:1
var neverRead = 3
var (
	alsoNeverRead string
)

func main() {
//line testdata/snippets/warn_05_toplevel_var_no_warning.go:7:1
fmt.Println("no warning expected")
}
