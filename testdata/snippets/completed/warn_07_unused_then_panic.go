// Helper file, used only to produce the expectation warn_07_unused_then_panic.want with real Go:
// the snippet testdata/snippets/warn_07_unused_then_panic.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/warn_07_unused_then_panic.go:1:1
func pick(xs []int, i int) int {
	last := len(xs) - 1
	return xs[i]
}

func main() {
//line testdata/snippets/warn_07_unused_then_panic.go:6:1
fmt.Println(pick([]int{1, 2, 3}, 1))
fmt.Println(pick([]int{1, 2, 3}, 5))
}
