// Helper file, used only to produce the expectation cerr_09_unknown_package.want with real Go:
// the snippet testdata/snippets/cerr_09_unknown_package.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_09_unknown_package.go:1:1
// yaml is not a known standard package: nothing is imported for it
//line testdata/snippets/cerr_09_unknown_package.go:2:1
data := "a: 1"
fmt.Println(yaml.Unmarshal(data))
}
