// Helper file, used only to produce the expectation auto_09_context.want with real Go:
// the snippet testdata/snippets/auto_09_context.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "context"
import "fmt"
import "time"
//line testdata/snippets/auto_09_context.go:19:1
type key string
func main() {
//line testdata/snippets/auto_09_context.go:1:1
ctx, cancel := context.WithCancel(context.Background())
done := make(chan struct{})
go func() {
	<-ctx.Done()
	fmt.Println("worker stopped:", ctx.Err())
	close(done)
}()
cancel()
<-done

tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
defer tcancel()
select {
case <-tctx.Done():
	fmt.Println("timeout:", tctx.Err())
case <-time.After(2 * time.Second):
	fmt.Println("too slow")
}
//line testdata/snippets/auto_09_context.go:20:1
vctx := context.WithValue(context.TODO(), key("user"), "ada")
fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
}
