// Helper file, used only to produce the expectation mixed_05_init_and_stmts.want with real Go:
// the snippet testdata/snippets/mixed_05_init_and_stmts.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
//line testdata/snippets/mixed_05_init_and_stmts.go:1:1
var order []string

func init() {
	order = append(order, "init")
}

func main() {
//line testdata/snippets/mixed_05_init_and_stmts.go:7:1
order = append(order, "main")
fmt.Println(strings.Join(order, " -> "))
}
