// Helper file, used only to produce the expectation 003_06_timeout.want with real Go:
// the snippet testdata/docs/003_06_timeout.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_06_timeout.go
package main

import "fmt"
import "time"

func main() {
//line testdata/docs/003_06_timeout.go:1:1
select {
case result := <-ch:
    fmt.Println("Result:", result)
case <-time.After(500 * time.Millisecond):
    fmt.Println("Timeout")
}
}
