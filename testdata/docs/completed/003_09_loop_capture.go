// Helper file, used only to produce the expectation 003_09_loop_capture.want with real Go:
// the snippet testdata/docs/003_09_loop_capture.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_09_loop_capture.go
package main

import "fmt"

func main() {
//line testdata/docs/003_09_loop_capture.go:1:1
// Incorrect - all goroutines share same 'i'
for i := 0; i < 5; i++ {
    go func() {
        fmt.Println(i)  // May print unexpected values
    }()
}

// Correct - pass 'i' as parameter
for i := 0; i < 5; i++ {
    go func(id int) {
        fmt.Println(id)  // Prints 0,1,2,3,4 (order not guaranteed)
    }(i)
}
}
