// Helper file, used only to produce the expectation mixed_03_interleaved.want with real Go:
// the snippet testdata/snippets/mixed_03_interleaved.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_03_interleaved.go:1:1
type Stack struct {
	items []int
}

//line testdata/snippets/mixed_03_interleaved.go:9:1
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

//line testdata/snippets/mixed_03_interleaved.go:14:1
func (s *Stack) Len() int { return len(s.items) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
//line testdata/snippets/mixed_03_interleaved.go:5:1
s := &Stack{}
s.Push(1)
s.Push(2)

//line testdata/snippets/mixed_03_interleaved.go:11:1
s.Push(3)
fmt.Println("len:", s.Len())

//line testdata/snippets/mixed_03_interleaved.go:22:1
for s.Len() > 0 {
	fmt.Println("pop", s.Pop())
}
}
