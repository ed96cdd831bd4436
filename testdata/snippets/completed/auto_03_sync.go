// Helper file, used only to produce the expectation auto_03_sync.want with real Go:
// the snippet testdata/snippets/auto_03_sync.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
//line testdata/snippets/auto_03_sync.go:1:1
var (
	mu    sync.Mutex
	count int
	once  sync.Once
	wg    sync.WaitGroup
)
//line testdata/snippets/auto_03_sync.go:20:1
var rw sync.RWMutex
func main() {
//line testdata/snippets/auto_03_sync.go:7:1
for i := 0; i < 100; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		once.Do(func() { fmt.Println("once") })
		mu.Lock()
		count++
		mu.Unlock()
	}()
}
wg.Wait()
fmt.Println("count:", count)

//line testdata/snippets/auto_03_sync.go:21:1
rw.RLock()
rw.RLock()
fmt.Println("two readers")
rw.RUnlock()
rw.RUnlock()
rw.Lock()
fmt.Println("one writer")
rw.Unlock()
}
