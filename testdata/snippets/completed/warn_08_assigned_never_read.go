// Helper file, used only to produce the expectation warn_08_assigned_never_read.want with real Go:
// the snippet testdata/snippets/warn_08_assigned_never_read.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/warn_08_assigned_never_read.go:1:1
count := 0
count = 5
fmt.Println("assigned but never read is still unused")
}
