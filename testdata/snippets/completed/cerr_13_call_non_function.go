// Helper file, used only to produce the expectation cerr_13_call_non_function.want with real Go:
// the snippet testdata/snippets/cerr_13_call_non_function.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_13_call_non_function.go:1:1
var ready bool

func main() {
//line testdata/snippets/cerr_13_call_non_function.go:3:1
ready()
fmt.Println(ready)
}
