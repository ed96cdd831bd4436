// Helper file, used only to produce the expectation go_04_pipeline.want with real Go:
// the snippet testdata/snippets/go_04_pipeline.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/go_04_pipeline.go:1:1
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
//line testdata/snippets/go_04_pipeline.go:23:1
for v := range sq(sq(gen(1, 2, 3, 4))) {
	fmt.Println(v)
}
}
