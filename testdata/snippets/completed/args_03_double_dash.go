// Helper file, used only to produce the expectation args_03_double_dash.want with real Go:
// the snippet testdata/snippets/args_03_double_dash.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
func main() {
//line testdata/snippets/args_03_double_dash.go:1:1
// the program's own arguments may contain "--" and flag-like words
//line testdata/snippets/args_03_double_dash.go:2:1
fmt.Printf("%q\n", os.Args[1:])
}
