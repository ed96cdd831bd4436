// Helper file, used only to produce the expectation rt_16_goexit_main.want with real Go:
// the snippet testdata/snippets/rt_16_goexit_main.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "runtime"
func main() {
//line testdata/snippets/rt_16_goexit_main.go:1:1
defer fmt.Println("deferred calls run before Goexit ends main")
done := make(chan bool)
go func() {
	fmt.Println("goroutine")
	done <- true
}()
<-done
runtime.Goexit()
}
