// Helper file, used only to produce the expectation go_07_done_channel.want with real Go:
// the snippet testdata/snippets/go_07_done_channel.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "time"
func main() {
//line testdata/snippets/go_07_done_channel.go:1:1
done := make(chan struct{})
ticks := 0
ticker := time.NewTicker(5 * time.Millisecond)
go func() {
	time.Sleep(60 * time.Millisecond)
	close(done)
}()
loop:
for {
	select {
	case <-ticker.C:
		ticks++
	case <-done:
		ticker.Stop()
		break loop
	}
}
fmt.Println("ticked at least once:", ticks >= 1)
}
