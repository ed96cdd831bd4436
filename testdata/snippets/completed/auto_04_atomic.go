// Helper file, used only to produce the expectation auto_04_atomic.want with real Go:
// the snippet testdata/snippets/auto_04_atomic.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
import "sync/atomic"
//line testdata/snippets/auto_04_atomic.go:1:1
var n atomic.Int64
var flag atomic.Bool
var ops int32
var wg sync.WaitGroup
func main() {
//line testdata/snippets/auto_04_atomic.go:5:1
for i := 0; i < 20; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		n.Add(5)
		atomic.AddInt32(&ops, 1)
	}()
}
wg.Wait()
flag.Store(true)
fmt.Println(n.Load(), atomic.LoadInt32(&ops), flag.Load())
fmt.Println(atomic.CompareAndSwapInt32(&ops, 20, 0), ops)
}
