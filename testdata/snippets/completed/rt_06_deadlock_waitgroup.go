// Helper file, used only to produce the expectation rt_06_deadlock_waitgroup.want with real Go:
// the snippet testdata/snippets/rt_06_deadlock_waitgroup.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
//line testdata/snippets/rt_06_deadlock_waitgroup.go:1:1
var wg sync.WaitGroup
func main() {
//line testdata/snippets/rt_06_deadlock_waitgroup.go:2:1
wg.Add(2)
go func() {
	defer wg.Done()
	fmt.Println("one worker finished")
}()
wg.Wait()
}
