// Helper file, used only to produce the expectation stmt_11_loopvar_122.want with real Go:
// the snippet testdata/snippets/stmt_11_loopvar_122.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
// Variant: behaves under Go 1.19 as the snippet does under Go 1.22 (cfg.py).
package main

import "fmt"
//line testdata/snippets/stmt_11_loopvar_122.go:1:1
// Go 1.22 semantics: each iteration has its own i, so the closures print 0 1 2
// (the expectation comes from completed/, which copies i explicitly for Go 1.19)
//line testdata/snippets/stmt_11_loopvar_122.go:3:1
var fns []func()
func main() {
//line testdata/snippets/stmt_11_loopvar_122.go:4:1
for i := 0; i < 3; i++ { i := i
	fns = append(fns, func() { fmt.Print(i, " ") })
}
for _, f := range fns {
	f()
}
fmt.Println()
}
