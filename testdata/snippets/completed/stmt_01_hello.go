// Helper file, used only to produce the expectation stmt_01_hello.want with real Go:
// the snippet testdata/snippets/stmt_01_hello.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_01_hello.go:1:1
fmt.Println("hello, snippet")
fmt.Printf("%d + %d = %d\n", 2, 3, 2+3)
}
