// Helper file, used only to produce the expectation auto_22_pkg_level_initialisers.want with real Go:
// the snippet testdata/snippets/auto_22_pkg_level_initialisers.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
import "time"
//line testdata/snippets/auto_22_pkg_level_initialisers.go:1:1
// packages used in package-level initialisers and constants are imported too
//line testdata/snippets/auto_22_pkg_level_initialisers.go:2:1
const pause = 2 * time.Millisecond

var replacer = strings.NewReplacer("a", "4", "e", "3")
var upper = strings.ToUpper

func main() {
//line testdata/snippets/auto_22_pkg_level_initialisers.go:7:1
time.Sleep(pause)
fmt.Println(replacer.Replace("leet speak"), upper("func value"), pause)
}
