// Helper file, used only to produce the expectation import_08_unused_decl_only.want with real Go:
// the snippet testdata/snippets/import_08_unused_decl_only.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/import_08_unused_decl_only.go:1:1
import "strings"

// declarations only, and strings is not used: a warning, then nothing to run
//line testdata/snippets/import_08_unused_decl_only.go:4:1
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func main() {}
