// Helper file, used only to produce the expectation rt_05_deadlock_send.want with real Go:
// the snippet testdata/snippets/rt_05_deadlock_send.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_05_deadlock_send.go:1:1
ch := make(chan int)
fmt.Println("about to block forever")
ch <- 1
fmt.Println("not reached")
}
