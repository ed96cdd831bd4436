// Helper file, used only to produce the expectation cerr_23_unused_label.want with real Go:
// the snippet testdata/snippets/cerr_23_unused_label.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/cerr_23_unused_label.go:1:1
fmt.Println("labels are not variables: an unused one is an error")
done:
for i := 0; i < 2; i++ {
	fmt.Println(i)
}
}
