// Helper file, used only to produce the expectation rt_01_index_out_of_range.want with real Go:
// the snippet testdata/snippets/rt_01_index_out_of_range.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_01_index_out_of_range.go:1:1
s := []int{10, 20, 30}
i := 5
fmt.Println("before")
fmt.Println(s[i])
fmt.Println("not reached")
}
