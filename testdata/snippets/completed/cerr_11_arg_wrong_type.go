// Helper file, used only to produce the expectation cerr_11_arg_wrong_type.want with real Go:
// the snippet testdata/snippets/cerr_11_arg_wrong_type.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_11_arg_wrong_type.go:1:1
func square(n int) int { return n * n }

func main() {
//line testdata/snippets/cerr_11_arg_wrong_type.go:3:1
s := "4"
fmt.Println(square(s))
// expectation: Go 1.20+ wording ("as int value in"); Go 1.19 says "as type int in"
}
