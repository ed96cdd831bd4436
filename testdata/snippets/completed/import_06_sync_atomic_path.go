// Helper file, used only to produce the expectation import_06_sync_atomic_path.want with real Go:
// the snippet testdata/snippets/import_06_sync_atomic_path.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
//line testdata/snippets/import_06_sync_atomic_path.go:1:1
import "sync/atomic"

//line testdata/snippets/import_06_sync_atomic_path.go:3:1
var hits int64
var wg sync.WaitGroup
func main() {
//line testdata/snippets/import_06_sync_atomic_path.go:5:1
for i := 0; i < 50; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		atomic.AddInt64(&hits, 2)
	}()
}
wg.Wait()
fmt.Println("hits:", atomic.LoadInt64(&hits))
}
