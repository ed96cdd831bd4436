// Helper file, used only to produce the expectation decl_02_vars_consts_iota.want with real Go:
// the snippet testdata/snippets/decl_02_vars_consts_iota.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/decl_02_vars_consts_iota.go:1:1
const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var (
	names   = []string{"Sunday", "Monday", "Tuesday"}
	lookup  = map[Weekday]string{}
	counter int
)

func (d Weekday) String() string { return names[d] }
func main() {}
