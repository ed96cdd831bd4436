// Helper file, used only to produce the expectation auto_23_qualified_types.want with real Go:
// the snippet testdata/snippets/auto_23_qualified_types.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "bytes"
import "context"
import "fmt"
import "sync"
import "time"
//line testdata/snippets/auto_23_qualified_types.go:1:1
// package names in every type position: embedded fields, composite literals,
// conversions, assertions, type switches, map and slice element types
//line testdata/snippets/auto_23_qualified_types.go:3:1
type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

type named struct{ n string }

func (v named) String() string { return "named(" + v.n + ")" }

//line testdata/snippets/auto_23_qualified_types.go:27:1
var anything interface{} = named{"z"}
func main() {
//line testdata/snippets/auto_23_qualified_types.go:12:1
c := SafeCounter{counts: map[string]int{}}
c.Lock()
c.counts["a"]++
c.Unlock()
fmt.Println(c.counts)

wg := sync.WaitGroup{}
wg.Add(1)
go func() { defer wg.Done() }()
wg.Wait()

bufs := map[string]*bytes.Buffer{"x": new(bytes.Buffer)}
bufs["x"].WriteString("buffered")
fmt.Println(bufs["x"].String())

//line testdata/snippets/auto_23_qualified_types.go:28:1
if s, ok := anything.(fmt.Stringer); ok {
	fmt.Println("stringer:", s)
}
switch anything.(type) {
case error:
	fmt.Println("error")
case fmt.Stringer:
	fmt.Println("a fmt.Stringer")
}
fmt.Println(time.Duration(90) * time.Second, []context.CancelFunc{} == nil)
}
