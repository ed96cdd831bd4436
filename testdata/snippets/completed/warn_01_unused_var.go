// Helper file, used only to produce the expectation warn_01_unused_var.want with real Go:
// the snippet testdata/snippets/warn_01_unused_var.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/warn_01_unused_var.go:1:1
result := 42
unused := "never read"
fmt.Println("result:", result)
}
