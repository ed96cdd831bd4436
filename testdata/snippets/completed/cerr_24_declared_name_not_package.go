// Helper file, used only to produce the expectation cerr_24_declared_name_not_package.want with real Go:
// the snippet testdata/snippets/cerr_24_declared_name_not_package.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_24_declared_name_not_package.go:1:1
// rand is declared by the snippet, so it is not the math/rand package
//line testdata/snippets/cerr_24_declared_name_not_package.go:2:1
func rand() int { return 4 }

func main() {
//line testdata/snippets/cerr_24_declared_name_not_package.go:4:1
fmt.Println(rand(), rand.Intn(3))
}
