// Helper file, used only to produce the expectation rt_17_panic_in_defer.want with real Go:
// the snippet testdata/snippets/rt_17_panic_in_defer.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_17_panic_in_defer.go:1:1
defer func() {
	panic("second panic, in a deferred call")
}()
fmt.Println("start")
panic("first panic")
}
