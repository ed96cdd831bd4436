// Helper file, used only to produce the expectation warn_06_unused_in_closure.want with real Go:
// the snippet testdata/snippets/warn_06_unused_in_closure.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/warn_06_unused_in_closure.go:1:1
go func() {
	tmp := 1
}()
fmt.Println("closure with an unused variable")
}
