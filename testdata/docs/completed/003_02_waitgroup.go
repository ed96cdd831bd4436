// Helper file, used only to produce the expectation 003_02_waitgroup.want with real Go:
// the snippet testdata/docs/003_02_waitgroup.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_02_waitgroup.go
package main

import "fmt"
import "sync"

func main() {
//line testdata/docs/003_02_waitgroup.go:1:1
var wg sync.WaitGroup

for i := 0; i < 5; i++ {
    wg.Add(1)  // Increment counter
    go func(id int) {
        defer wg.Done()  // Decrement counter when goroutine completes
        fmt.Printf("Worker %d done\n", id)
    }(i)
}

wg.Wait()  // Block until counter reaches zero
fmt.Println("All workers done")
}
