// Helper file, used only to produce the expectation rt_13_deadlock_nil_channel.want with real Go:
// the snippet testdata/snippets/rt_13_deadlock_nil_channel.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_13_deadlock_nil_channel.go:1:1
var ch chan int
func main() {
//line testdata/snippets/rt_13_deadlock_nil_channel.go:2:1
go func() {
	ch <- 1
}()
fmt.Println("receiving from a nil channel")
fmt.Println(<-ch)
}
