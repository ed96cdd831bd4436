// Helper file, used only to produce the expectation cerr_14_use_result_of_void.want with real Go:
// the snippet testdata/snippets/cerr_14_use_result_of_void.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_14_use_result_of_void.go:1:1
func log(msg string) { fmt.Println(msg) }

func main() {
//line testdata/snippets/cerr_14_use_result_of_void.go:3:1
x := log("hi")
fmt.Println(x)
}
