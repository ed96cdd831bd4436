// Helper file, used only to produce the expectation misc_02_one_line_semicolons.want with real Go:
// the snippet testdata/snippets/misc_02_one_line_semicolons.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/misc_02_one_line_semicolons.go:1:1
a := 1; b := 2; fmt.Println(a + b)
for i := 0; i < 3; i++ { fmt.Print(i) }; fmt.Println()
if a < b { fmt.Println("a < b") } else { fmt.Println("a >= b") }
}
