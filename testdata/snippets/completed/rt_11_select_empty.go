// Helper file, used only to produce the expectation rt_11_select_empty.want with real Go:
// the snippet testdata/snippets/rt_11_select_empty.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_11_select_empty.go:1:1
fmt.Println("waiting forever")
select {}
}
