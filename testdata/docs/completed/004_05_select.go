// Helper file, used only to produce the expectation 004_05_select.want with real Go:
// the snippet testdata/docs/004_05_select.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/004_05_select.go
package main

import "fmt"

func main() {
//line testdata/docs/004_05_select.go:1:1
select {
case msg := <-ch1:
	fmt.Println("Received", msg)
case msg := <-ch2:
	fmt.Println("Received", msg)
default:
	fmt.Println("No message")
}
}
