// Helper file, used only to produce the expectation rt_03_custom_panic.want with real Go:
// the snippet testdata/snippets/rt_03_custom_panic.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_03_custom_panic.go:1:1
func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func main() {
//line testdata/snippets/rt_03_custom_panic.go:8:1
fmt.Println(mustPositive(3))
defer fmt.Println("deferred output still printed")
fmt.Println(mustPositive(-2))
}
