// Helper file, used only to produce the expectation 002_01_go_syntax.want with real Go:
// the snippet testdata/docs/002_01_go_syntax.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/002_01_go_syntax.go
package main

func main() {
//line testdata/docs/002_01_go_syntax.go:1:1
go functionName()
go func() {
    // anonymous function
}()
}
