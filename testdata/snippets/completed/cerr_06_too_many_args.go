// Helper file, used only to produce the expectation cerr_06_too_many_args.want with real Go:
// the snippet testdata/snippets/cerr_06_too_many_args.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/cerr_06_too_many_args.go:1:1
func greet(name string) {
	fmt.Println("hi", name)
}

func main() {
//line testdata/snippets/cerr_06_too_many_args.go:5:1
greet("a")
greet("b", "c")
}
