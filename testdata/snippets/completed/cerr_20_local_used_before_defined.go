// Helper file, used only to produce the expectation cerr_20_local_used_before_defined.want with real Go:
// the snippet testdata/snippets/cerr_20_local_used_before_defined.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_20_local_used_before_defined.go:1:1
// statements are a function body: a local must be defined before it is used
//line testdata/snippets/cerr_20_local_used_before_defined.go:2:1
report()
report := func() { fmt.Println("report") }
report()
}
