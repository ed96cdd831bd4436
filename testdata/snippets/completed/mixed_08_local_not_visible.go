// Helper file, used only to produce the expectation mixed_08_local_not_visible.want with real Go:
// the snippet testdata/snippets/mixed_08_local_not_visible.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_08_local_not_visible.go:4:1
func check(n int) bool {
	return n < limit
}

func main() {
//line testdata/snippets/mixed_08_local_not_visible.go:1:1
// statements become func main's locals: a declared function cannot see them
//line testdata/snippets/mixed_08_local_not_visible.go:2:1
limit := 10

//line testdata/snippets/mixed_08_local_not_visible.go:8:1
fmt.Println(check(5), limit)
}
