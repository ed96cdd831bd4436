// Helper file, used only to produce the expectation go_05_fan_in.want with real Go:
// the snippet testdata/snippets/go_05_fan_in.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/go_05_fan_in.go:1:1
func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
//line testdata/snippets/go_05_fan_in.go:12:1
a, b := producer("a", 3), producer("b", 2)
for a != nil || b != nil {
	select {
	case v, ok := <-a:
		if !ok {
			a = nil
			continue
		}
		fmt.Println(v)
	case v, ok := <-b:
		if !ok {
			b = nil
			continue
		}
		fmt.Println(v)
	}
}
fmt.Println("both closed")
}
