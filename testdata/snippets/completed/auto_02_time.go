// Helper file, used only to produce the expectation auto_02_time.want with real Go:
// the snippet testdata/snippets/auto_02_time.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "time"
func main() {
//line testdata/snippets/auto_02_time.go:1:1
start := time.Now()
time.Sleep(20 * time.Millisecond)
elapsed := time.Since(start)
fmt.Println("slept at least 20ms:", elapsed >= 20*time.Millisecond)
fmt.Println(1500*time.Millisecond, 90*time.Second, time.Duration(42), 2*time.Hour+3*time.Minute)
d := 2500 * time.Microsecond
fmt.Println(d, d.Milliseconds(), d.Seconds())

select {
case <-time.After(10 * time.Millisecond):
	fmt.Println("timer fired")
}
t := time.NewTimer(time.Hour)
fmt.Println("stopped before firing:", t.Stop())
}
