// Helper file, used only to produce the expectation go_10_preempt_tight_loop.want with real Go:
// the snippet testdata/snippets/go_10_preempt_tight_loop.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "runtime"
import "sync/atomic"
import "time"
//line testdata/snippets/go_10_preempt_tight_loop.go:1:1
// with one processor, a goroutine spinning without calls must not starve main
//line testdata/snippets/go_10_preempt_tight_loop.go:2:1
var stop atomic.Bool
var spins int64
func main() {
//line testdata/snippets/go_10_preempt_tight_loop.go:4:1
go func() {
	for !stop.Load() {
		spins++
	}
}()
time.Sleep(20 * time.Millisecond)
stop.Store(true)
fmt.Println("main ran again; goroutines:", runtime.NumGoroutine() >= 1)
}
