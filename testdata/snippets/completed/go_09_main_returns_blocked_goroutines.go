// Helper file, used only to produce the expectation go_09_main_returns_blocked_goroutines.want with real Go:
// the snippet testdata/snippets/go_09_main_returns_blocked_goroutines.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/go_09_main_returns_blocked_goroutines.go:1:1
// main returning ends the program even if goroutines are still blocked: no deadlock
//line testdata/snippets/go_09_main_returns_blocked_goroutines.go:2:1
block := make(chan int)
for i := 0; i < 3; i++ {
	go func() {
		<-block
	}()
}
go func() {
	select {}
}()
fmt.Println("main returns")
}
