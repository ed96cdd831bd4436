// Helper file, used only to produce the expectation 002_06_waitgroup_pattern.want with real Go:
// the snippet testdata/docs/002_06_waitgroup_pattern.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/002_06_waitgroup_pattern.go
package main

import "fmt"

//line testdata/docs/002_06_waitgroup_pattern.go:1:1
import "sync"

func main() {
    var wg sync.WaitGroup
    
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func(id int) {
            defer wg.Done()
            fmt.Printf("Goroutine %d\n", id)
        }(i)
    }
    
    wg.Wait()
}
