// Helper file, used only to produce the expectation go_03_select_timeout.want with real Go:
// the snippet testdata/snippets/go_03_select_timeout.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "time"
func main() {
//line testdata/snippets/go_03_select_timeout.go:1:1
slow := make(chan string)
go func() {
	time.Sleep(500 * time.Millisecond)
	slow <- "slow result"
}()
select {
case r := <-slow:
	fmt.Println(r)
case <-time.After(30 * time.Millisecond):
	fmt.Println("timed out waiting")
}

fast := make(chan string, 1)
fast <- "ready"
select {
case r := <-fast:
	fmt.Println(r)
default:
	fmt.Println("nothing ready")
}
select {
case r := <-fast:
	fmt.Println(r)
default:
	fmt.Println("nothing ready")
}
}
