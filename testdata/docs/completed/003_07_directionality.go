// Helper file, used only to produce the expectation 003_07_directionality.want with real Go:
// the snippet testdata/docs/003_07_directionality.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_07_directionality.go
package main

import "fmt"

//line testdata/docs/003_07_directionality.go:1:1
func send(ch chan<- int) {  // Send-only channel
    ch <- 42
}

func receive(ch <-chan int) {  // Receive-only channel
    val := <-ch
    fmt.Println(val)
}
func main() {}
