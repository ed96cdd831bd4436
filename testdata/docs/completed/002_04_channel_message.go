// Helper file, used only to produce the expectation 002_04_channel_message.want with real Go:
// the snippet testdata/docs/002_04_channel_message.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/002_04_channel_message.go
package main

import "fmt"

//line testdata/docs/002_04_channel_message.go:1:1
func main() {
    ch := make(chan string)
    
    go func() {
        ch <- "Hello from goroutine"
    }()
    
    message := <-ch
    fmt.Println(message)
}
