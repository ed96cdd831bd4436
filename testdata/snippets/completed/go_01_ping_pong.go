// Helper file, used only to produce the expectation go_01_ping_pong.want with real Go:
// the snippet testdata/snippets/go_01_ping_pong.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/go_01_ping_pong.go:1:1
ping := make(chan int)
pong := make(chan int)
go func() {
	for v := range ping {
		pong <- v * 10
	}
	close(pong)
}()
for i := 1; i <= 3; i++ {
	ping <- i
	fmt.Println("got", <-pong)
}
close(ping)
_, ok := <-pong
fmt.Println("pong open:", ok)
}
