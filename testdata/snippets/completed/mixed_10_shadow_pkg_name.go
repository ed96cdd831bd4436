// Helper file, used only to produce the expectation mixed_10_shadow_pkg_name.want with real Go:
// the snippet testdata/snippets/mixed_10_shadow_pkg_name.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_10_shadow_pkg_name.go:1:1
// names declared by the snippet are not mistaken for packages
//line testdata/snippets/mixed_10_shadow_pkg_name.go:2:1
var strings = []string{"b", "a", "c"}

type sort struct{ by string }

func (s sort) Apply(xs []string) []string {
	out := append([]string(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func main() {
//line testdata/snippets/mixed_10_shadow_pkg_name.go:18:1
fmt.Println(sort{"name"}.Apply(strings), len(strings))
}
