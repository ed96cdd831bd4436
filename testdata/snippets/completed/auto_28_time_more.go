// Helper file, used only to produce the expectation auto_28_time_more.want with real Go:
// the snippet testdata/snippets/auto_28_time_more.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "context"
import "fmt"
import "sync/atomic"
import "time"
//line testdata/snippets/auto_28_time_more.go:12:1
var val atomic.Value
func main() {
//line testdata/snippets/auto_28_time_more.go:1:1
fired := make(chan string, 1)
time.AfterFunc(5*time.Millisecond, func() { fired <- "AfterFunc fired" })
fmt.Println(<-fired)
ticks := time.Tick(2 * time.Millisecond)
<-ticks
<-ticks
fmt.Println("two ticks")
ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(5*time.Millisecond))
defer cancel()
<-ctx.Done()
fmt.Println(ctx.Err())
//line testdata/snippets/auto_28_time_more.go:13:1
val.Store([]string{"config", "v2"})
fmt.Println(val.Load().([]string)[1])
t := time.NewTimer(time.Millisecond)
<-t.C
fmt.Println("timer reset:", t.Reset(time.Millisecond))
<-t.C
fmt.Println("timer fired twice")
}
