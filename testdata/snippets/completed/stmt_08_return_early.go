// Helper file, used only to produce the expectation stmt_08_return_early.want with real Go:
// the snippet testdata/snippets/stmt_08_return_early.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
func main() {
//line testdata/snippets/stmt_08_return_early.go:1:1
fmt.Println("first")
if len(os.Args) > 0 {
	fmt.Println("returning from the wrapped main")
	return
}
fmt.Println("not reached")
}
