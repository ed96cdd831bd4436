// Helper file, used only to produce the expectation cerr_15_return_value_in_main.want with real Go:
// the snippet testdata/snippets/cerr_15_return_value_in_main.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
func main() {
//line testdata/snippets/cerr_15_return_value_in_main.go:1:1
fmt.Println("start")
if len(os.Args) > 5 {
	return 1
}
}
