// Helper file, used only to produce the expectation import_05_unused_in_group.want with real Go:
// the snippet testdata/snippets/import_05_unused_in_group.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/import_05_unused_in_group.go:1:1
import (
	"fmt"
	"strings"
	"sync"
)

//line testdata/snippets/import_05_unused_in_group.go:7:1
var mu sync.Mutex
func main() {
//line testdata/snippets/import_05_unused_in_group.go:8:1
mu.Lock()
fmt.Println("locked")
mu.Unlock()
}
