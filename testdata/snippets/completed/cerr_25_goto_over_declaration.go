// Helper file, used only to produce the expectation cerr_25_goto_over_declaration.want with real Go:
// the snippet testdata/snippets/cerr_25_goto_over_declaration.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_25_goto_over_declaration.go:1:1
x := 1
goto done
y := 2
done:
fmt.Println(x, y)
}
