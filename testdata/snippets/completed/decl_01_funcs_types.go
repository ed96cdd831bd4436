// Helper file, used only to produce the expectation decl_01_funcs_types.want with real Go:
// the snippet testdata/snippets/decl_01_funcs_types.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/decl_01_funcs_types.go:1:1
// declarations only: minigo checks them and has nothing to run
//line testdata/snippets/decl_01_funcs_types.go:2:1
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func Total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}
func main() {}
