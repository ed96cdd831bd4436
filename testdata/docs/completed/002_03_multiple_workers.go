// Helper file, used only to produce the expectation 002_03_multiple_workers.want with real Go:
// the snippet testdata/docs/002_03_multiple_workers.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/002_03_multiple_workers.go
package main

import "fmt"
import "time"

//line testdata/docs/002_03_multiple_workers.go:1:1
func worker(id int) {
    fmt.Printf("Worker %d starting\n", id)
    time.Sleep(time.Second)
    fmt.Printf("Worker %d done\n", id)
}

func main() {
    for i := 1; i <= 3; i++ {
        go worker(i)
    }
    time.Sleep(2 * time.Second)
}
