// Helper file, used only to produce the expectation rt_15_panic_stringer.want with real Go:
// the snippet testdata/snippets/rt_15_panic_stringer.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_15_panic_stringer.go:1:1
type State int

func (s State) String() string { return fmt.Sprintf("state#%d", int(s)) }

func main() {
//line testdata/snippets/rt_15_panic_stringer.go:5:1
panic(State(7))
}
