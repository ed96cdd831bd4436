// Helper file, used only to produce the expectation 004_04_buffered_channel.want with real Go:
// the snippet testdata/docs/004_04_buffered_channel.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/004_04_buffered_channel.go
package main

import "fmt"

func main() {
//line testdata/docs/004_04_buffered_channel.go:1:1
ch := make(chan int, 2) // capacity = 2
ch <- 10
ch <- 20
fmt.Println(<-ch)
fmt.Println(<-ch)
}
