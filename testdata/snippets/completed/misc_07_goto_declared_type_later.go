// Helper file, used only to produce the expectation misc_07_goto_declared_type_later.want with real Go:
// the snippet testdata/snippets/misc_07_goto_declared_type_later.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/misc_07_goto_declared_type_later.go:7:1
type Queue struct{ items []string }

func (q *Queue) push(s string) { q.items = append(q.items, s) }
func main() {
//line testdata/snippets/misc_07_goto_declared_type_later.go:1:1
// a statement may use a type declared further down the snippet
//line testdata/snippets/misc_07_goto_declared_type_later.go:2:1
q := Queue{}
q.push("a")
q.push("b")
fmt.Println(q.items, len(q.items))

}
