// Helper file, used only to produce the expectation rt_04_div_zero_goroutine.want with real Go:
// the snippet testdata/snippets/rt_04_div_zero_goroutine.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/rt_04_div_zero_goroutine.go:1:1
done := make(chan int)
d := 0
go func() {
	done <- 10 / d
}()
fmt.Println(<-done)
}
