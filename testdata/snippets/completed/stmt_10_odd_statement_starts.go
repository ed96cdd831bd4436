// Helper file, used only to produce the expectation stmt_10_odd_statement_starts.want with real Go:
// the snippet testdata/snippets/stmt_10_odd_statement_starts.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "time"
func main() {
//line testdata/snippets/stmt_10_odd_statement_starts.go:1:1
// statements that start with an operator or a parenthesis
//line testdata/snippets/stmt_10_odd_statement_starts.go:2:1
x := 5
p := &x
*p = 7
fmt.Println(x)
<-time.After(time.Millisecond)
(func() { fmt.Println("parenthesised call") })()
ch := make(chan int, 1)
ch <- 3
x += <-ch
fmt.Println(x)
[]int{1, 2}[0] = 5
fmt.Println("done")
}
