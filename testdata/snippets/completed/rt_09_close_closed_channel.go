// Helper file, used only to produce the expectation rt_09_close_closed_channel.want with real Go:
// the snippet testdata/snippets/rt_09_close_closed_channel.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_09_close_closed_channel.go:1:1
ch := make(chan int, 1)
ch <- 1
close(ch)
fmt.Println(<-ch, len(ch))
close(ch)
}
