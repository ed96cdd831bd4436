// Helper file, used only to produce the expectation auto_18_runtime.want with real Go:
// the snippet testdata/snippets/auto_18_runtime.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "runtime"
func main() {
//line testdata/snippets/auto_18_runtime.go:1:1
fmt.Println("goroutines at start:", runtime.NumGoroutine())
fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
done := make(chan bool)
go func() {
	runtime.Gosched()
	done <- true
}()
<-done
runtime.GC()
fmt.Println("CPUs > 0:", runtime.NumCPU() > 0)
}
