// Helper file, used only to produce the expectation auto_07_os.want with real Go:
// the snippet testdata/snippets/auto_07_os.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
func main() {
//line testdata/snippets/auto_07_os.go:1:1
fmt.Println("GREETING =", os.Getenv("GREETING"))
fmt.Println("unset is empty:", os.Getenv("MINIGO_SURELY_UNSET_VAR") == "")
fmt.Fprintln(os.Stdout, "written to os.Stdout")
defer fmt.Println("deferred calls do not run on os.Exit")
os.Exit(3)
}
