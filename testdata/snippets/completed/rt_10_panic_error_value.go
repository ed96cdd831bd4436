// Helper file, used only to produce the expectation rt_10_panic_error_value.want with real Go:
// the snippet testdata/snippets/rt_10_panic_error_value.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "errors"
import "fmt"
func main() {
//line testdata/snippets/rt_10_panic_error_value.go:1:1
err := errors.New("config file missing")
fmt.Println("loading")
panic(err)
}
