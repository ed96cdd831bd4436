// Helper file, used only to produce the expectation rt_07_nil_pointer.want with real Go:
// the snippet testdata/snippets/rt_07_nil_pointer.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/rt_07_nil_pointer.go:1:1
type Node struct {
	Val  int
	Next *Node
}

func main() {
//line testdata/snippets/rt_07_nil_pointer.go:6:1
list := &Node{1, &Node{2, nil}}
for n := list; ; n = n.Next {
	fmt.Println(n.Val)
}
}
