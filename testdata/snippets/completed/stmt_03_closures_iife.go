// Helper file, used only to produce the expectation stmt_03_closures_iife.want with real Go:
// the snippet testdata/snippets/stmt_03_closures_iife.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_03_closures_iife.go:1:1
counter := func() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}()
counter()
counter()
fmt.Println("counter:", counter())

func() {
	fmt.Println("immediately invoked")
}()

double := func(x int) int { return x * 2 }
fmt.Println(double(21))
}
