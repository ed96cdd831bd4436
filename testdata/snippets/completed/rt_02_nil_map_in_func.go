// Helper file, used only to produce the expectation rt_02_nil_map_in_func.want with real Go:
// the snippet testdata/snippets/rt_02_nil_map_in_func.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_02_nil_map_in_func.go:1:1
type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) {
	r.items[k]++
}

var r Registry
func main() {
//line testdata/snippets/rt_02_nil_map_in_func.go:10:1
fmt.Println("adding")
r.Add("x")
}
