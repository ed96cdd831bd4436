// Helper file, used only to produce the expectation mixed_14_several_inits.want with real Go:
// the snippet testdata/snippets/mixed_14_several_inits.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_14_several_inits.go:1:1
var trace []string

func init() { trace = append(trace, "init 1") }

//line testdata/snippets/mixed_14_several_inits.go:7:1
func init() { trace = append(trace, "init 2") }

func main() {
//line testdata/snippets/mixed_14_several_inits.go:5:1
trace = append(trace, "statements")

//line testdata/snippets/mixed_14_several_inits.go:9:1
fmt.Println(trace)
}
