// Helper file, used only to produce the expectation misc_05_tutorial_goroutine_sleep.want with real Go:
// the snippet testdata/snippets/misc_05_tutorial_goroutine_sleep.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "time"
//line testdata/snippets/misc_05_tutorial_goroutine_sleep.go:1:1
func say(s string, times int, done chan<- bool) {
	for i := 0; i < times; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println(s, i)
	}
	done <- true
}

func main() {
//line testdata/snippets/misc_05_tutorial_goroutine_sleep.go:9:1
done := make(chan bool, 1)
go say("world", 2, done)
<-done
say("hello", 2, done)
}
