// Helper file, used only to produce the expectation stmt_02_loops_and_if.want with real Go:
// the snippet testdata/snippets/stmt_02_loops_and_if.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_02_loops_and_if.go:1:1
// a snippet made of statements only: they become func main's body, in order
//line testdata/snippets/stmt_02_loops_and_if.go:2:1
sum := 0
for i := 1; i <= 10; i++ {
	if i%2 == 0 {
		sum += i
	} else if i == 5 {
		fmt.Println("five")
	} else {
		continue
	}
}
fmt.Println("sum of evens:", sum)

n := 27
steps := 0
for n != 1 {
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
}
fmt.Println("collatz steps:", steps)
}
