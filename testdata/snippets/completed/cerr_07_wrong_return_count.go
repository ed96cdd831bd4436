// Helper file, used only to produce the expectation cerr_07_wrong_return_count.want with real Go:
// the snippet testdata/snippets/cerr_07_wrong_return_count.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_07_wrong_return_count.go:1:1
func divmod(a, b int) (int, int) {
	return a / b
}

func main() {
//line testdata/snippets/cerr_07_wrong_return_count.go:5:1
q, r := divmod(7, 2)
fmt.Println(q, r)
}
