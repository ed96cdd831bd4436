// Helper file, used only to produce the expectation cerr_10_deep_position.want with real Go:
// the snippet testdata/snippets/cerr_10_deep_position.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_10_deep_position.go:1:1
type Item struct {
	Name  string
	Price int
}

//line testdata/snippets/cerr_10_deep_position.go:8:1
func total(xs []Item) int {
	t := 0
	for _, x := range xs {
		t += x.Price
	}
	return t
}

func main() {
//line testdata/snippets/cerr_10_deep_position.go:6:1
items := []Item{{"a", 1}, {"b", 2}}

//line testdata/snippets/cerr_10_deep_position.go:16:1
for i, it := range items {
	if i > 0 {
		switch {
		case it.Price > 1:
			fmt.Println(it.Name, it.Cost)
		}
	}
}
fmt.Println(total(items))
}
