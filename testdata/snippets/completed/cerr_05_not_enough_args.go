// Helper file, used only to produce the expectation cerr_05_not_enough_args.want with real Go:
// the snippet testdata/snippets/cerr_05_not_enough_args.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_05_not_enough_args.go:1:1
func add(a, b int) int { return a + b }

func main() {
//line testdata/snippets/cerr_05_not_enough_args.go:3:1
fmt.Println(add(1, 2))
fmt.Println(add(1))
}
