// Helper file, used only to produce the expectation misc_01_leading_comments.want with real Go:
// the snippet testdata/snippets/misc_01_leading_comments.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/misc_01_leading_comments.go:1:1
/*
   A snippet may start with comments and blank lines:
   positions stay those of this file.
*/

// the error below is on line 10, column 13

//line testdata/snippets/misc_01_leading_comments.go:8:1
values := []int{1, 2, 3}
fmt.Println(values)
fmt.Println(vals[0])
}
