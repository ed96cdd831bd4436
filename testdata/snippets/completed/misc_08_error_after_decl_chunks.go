// Helper file, used only to produce the expectation misc_08_error_after_decl_chunks.want with real Go:
// the snippet testdata/snippets/misc_08_error_after_decl_chunks.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/misc_08_error_after_decl_chunks.go:1:1
func half(n int) int { return n / 2 }

//line testdata/snippets/misc_08_error_after_decl_chunks.go:5:1
type pair struct{ a, b int }

//line testdata/snippets/misc_08_error_after_decl_chunks.go:10:1
func twice(n int) int { return 2 * n }

func main() {
//line testdata/snippets/misc_08_error_after_decl_chunks.go:3:1
x := half(10)

//line testdata/snippets/misc_08_error_after_decl_chunks.go:7:1
p := pair{1, 2}
fmt.Println(x, p)

//line testdata/snippets/misc_08_error_after_decl_chunks.go:12:1
fmt.Println(twice(p.c))
}
