// Helper file, used only to produce the expectation auto_21_param_shadows_package.want with real Go:
// the snippet testdata/snippets/auto_21_param_shadows_package.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
//line testdata/snippets/auto_21_param_shadows_package.go:1:1
// a parameter named strings hides the package only inside its function
//line testdata/snippets/auto_21_param_shadows_package.go:2:1
func count(strings []string) int {
	return len(strings)
}

func main() {
//line testdata/snippets/auto_21_param_shadows_package.go:6:1
fmt.Println(count([]string{"a", "b"}), strings.ToUpper("package here"))
}
