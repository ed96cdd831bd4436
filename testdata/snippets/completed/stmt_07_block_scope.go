// Helper file, used only to produce the expectation stmt_07_block_scope.want with real Go:
// the snippet testdata/snippets/stmt_07_block_scope.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_07_block_scope.go:1:1
x := 1
{
	x := 2
	x++
	fmt.Println("inner x:", x)
}
fmt.Println("outer x:", x)
if x := "shadow"; len(x) > 0 {
	fmt.Println("if x:", x)
}
fmt.Println("outer again:", x)
}
