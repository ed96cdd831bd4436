// Helper file, used only to produce the expectation auto_27_sync_map_pool_cond.want with real Go:
// the snippet testdata/snippets/auto_27_sync_map_pool_cond.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
import "sync"
import "time"
//line testdata/snippets/auto_27_sync_map_pool_cond.go:1:1
var m sync.Map
//line testdata/snippets/auto_27_sync_map_pool_cond.go:18:1
var mu sync.Mutex
//line testdata/snippets/auto_27_sync_map_pool_cond.go:21:1
var wg sync.WaitGroup
func main() {
//line testdata/snippets/auto_27_sync_map_pool_cond.go:2:1
m.Store("a", 1)
m.Store("b", 2)
v, ok := m.Load("a")
fmt.Println(v, ok)
actual, loaded := m.LoadOrStore("a", 9)
fmt.Println(actual, loaded)
n := 0
m.Range(func(k, v any) bool { n++; return true })
fmt.Println("entries:", n)

pool := sync.Pool{New: func() any { return new(strings.Builder) }}
b := pool.Get().(*strings.Builder)
b.WriteString("pooled")
fmt.Println(b.String())
pool.Put(b)

//line testdata/snippets/auto_27_sync_map_pool_cond.go:19:1
cond := sync.NewCond(&mu)
ready := false
//line testdata/snippets/auto_27_sync_map_pool_cond.go:22:1
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
	}()
}
time.Sleep(5 * time.Millisecond)
mu.Lock()
ready = true
cond.Broadcast()
mu.Unlock()
wg.Wait()
fmt.Println("all waiters woke up")
}
