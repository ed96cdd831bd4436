// Helper file, used only to produce the expectation mixed_06_stringer_iota.want with real Go:
// the snippet testdata/snippets/mixed_06_stringer_iota.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_06_stringer_iota.go:1:1
type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

//line testdata/snippets/mixed_06_stringer_iota.go:22:1
var err error = fmt.Errorf("bad state %v", Running)
func main() {
//line testdata/snippets/mixed_06_stringer_iota.go:19:1
for s := Idle; s <= Stopped+1; s++ {
	fmt.Printf("%v %d %s\n", s, s, s)
}
//line testdata/snippets/mixed_06_stringer_iota.go:23:1
fmt.Println(err)
}
