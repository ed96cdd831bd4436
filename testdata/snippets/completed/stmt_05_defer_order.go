// Helper file, used only to produce the expectation stmt_05_defer_order.want with real Go:
// the snippet testdata/snippets/stmt_05_defer_order.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_05_defer_order.go:1:1
defer fmt.Println("deferred 1 (runs last)")
defer fmt.Println("deferred 2")
for i := 0; i < 3; i++ {
	defer fmt.Println("deferred in loop", i)
}
fmt.Println("body done")
}
