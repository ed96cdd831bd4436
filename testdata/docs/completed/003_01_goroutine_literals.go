// Helper file, used only to produce the expectation 003_01_goroutine_literals.want with real Go:
// the snippet testdata/docs/003_01_goroutine_literals.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_01_goroutine_literals.go
package main

import "fmt"

func main() {
//line testdata/docs/003_01_goroutine_literals.go:1:1
// Basic goroutine
go func() {
    // Code runs concurrently
    fmt.Println("Running in goroutine")
}()

// With arguments
go func(message string) {
    fmt.Println(message)
}("Hello from goroutine")
}
