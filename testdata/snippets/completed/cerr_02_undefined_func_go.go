// Helper file, used only to produce the expectation cerr_02_undefined_func_go.want with real Go:
// the snippet testdata/snippets/cerr_02_undefined_func_go.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

func main() {
//line testdata/snippets/cerr_02_undefined_func_go.go:1:1
jobs := make(chan int)
for w := 1; w <= 3; w++ {
	go worker(w, jobs)
}
close(jobs)
}
