// Helper file, used only to produce the expectation 003_04_channels.want with real Go:
// the snippet testdata/docs/003_04_channels.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_04_channels.go
// Go 1.19 reports "5:1: buffered declared but not used"; the .want uses the wording of
// gc >= 1.20 (SPEC: Go 1.22), "declared and not used: buffered", like the unused-import
// warning of 001_11 (`"sync" imported and not used`).
// Go stops at that error; minigo (SPEC.md) reports unused variables as warnings
// and runs the program, which then blocks forever on `ch <- 42` with no other
// goroutine: Go's deadlock report, exit status 2 (issue 8: "the deadlocking one
// ends as Go's deadlock does").  So the .want expects exit 2 after the warning.
package main

import "fmt"

func main() {
//line testdata/docs/003_04_channels.go:1:1
// Unbuffered channel
ch := make(chan int)

// Buffered channel with capacity 5
buffered := make(chan string, 5)

// Send value (blocks until received)
ch <- 42

// Receive value (blocks until sent)
value := <-ch

// Non-blocking operations with select
select {
case v := <-ch:
    fmt.Println("Received:", v)
case ch <- 10:
    fmt.Println("Sent 10")
default:
    fmt.Println("No communication")
}
}
