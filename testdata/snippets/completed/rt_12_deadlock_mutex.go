// Helper file, used only to produce the expectation rt_12_deadlock_mutex.want with real Go:
// the snippet testdata/snippets/rt_12_deadlock_mutex.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
//line testdata/snippets/rt_12_deadlock_mutex.go:1:1
var mu sync.Mutex
func main() {
//line testdata/snippets/rt_12_deadlock_mutex.go:2:1
mu.Lock()
fmt.Println("locked once")
mu.Lock()
}
