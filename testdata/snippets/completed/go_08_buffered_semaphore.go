// Helper file, used only to produce the expectation go_08_buffered_semaphore.want with real Go:
// the snippet testdata/snippets/go_08_buffered_semaphore.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
import "sync/atomic"
import "time"
//line testdata/snippets/go_08_buffered_semaphore.go:2:1
var active, peak int32
var wg sync.WaitGroup
func main() {
//line testdata/snippets/go_08_buffered_semaphore.go:1:1
sem := make(chan struct{}, 2)
//line testdata/snippets/go_08_buffered_semaphore.go:4:1
for i := 0; i < 8; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		sem <- struct{}{}
		now := atomic.AddInt32(&active, 1)
		for {
			p := atomic.LoadInt32(&peak)
			if now <= p || atomic.CompareAndSwapInt32(&peak, p, now) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		atomic.AddInt32(&active, -1)
		<-sem
	}()
}
wg.Wait()
fmt.Println("peak concurrency <= 2:", peak <= 2, "len/cap:", len(sem), cap(sem))
}
