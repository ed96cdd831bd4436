// Helper file, used only to produce the expectation auto_20_type_only.want with real Go:
// the snippet testdata/snippets/auto_20_type_only.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "io"
import "os"
import "sync"
import "time"
//line testdata/snippets/auto_20_type_only.go:1:1
// packages used only in types are imported too
//line testdata/snippets/auto_20_type_only.go:2:1
func write(w io.Writer, s string) {
	fmt.Fprint(w, s)
}

var timeout time.Duration = 1500000000
var mu *sync.Mutex

func main() {
//line testdata/snippets/auto_20_type_only.go:9:1
write(os.Stdout, "typed as io.Writer\n")
fmt.Println(timeout, mu == nil)
}
