// Helper file, used only to produce the expectation cerr_08_undefined_pkg_member.want with real Go:
// the snippet testdata/snippets/cerr_08_undefined_pkg_member.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_08_undefined_pkg_member.go:1:1
fmt.Println("ok")
fmt.Printn("typo")
}
