// Helper file, used only to produce the expectation decl_06_undefined_type.want with real Go:
// the snippet testdata/snippets/decl_06_undefined_type.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/decl_06_undefined_type.go:1:1
type Pool struct {
	workers []Worker
	size    int
}

func NewPool(n int) *Pool {
	return &Pool{size: n}
}
func main() {}
