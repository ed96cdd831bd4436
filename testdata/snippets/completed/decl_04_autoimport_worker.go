// Helper file, used only to produce the expectation decl_04_autoimport_worker.want with real Go:
// the snippet testdata/snippets/decl_04_autoimport_worker.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
import "time"
//line testdata/snippets/decl_04_autoimport_worker.go:1:1
// uses fmt, sync and time without importing them; nothing calls worker
//line testdata/snippets/decl_04_autoimport_worker.go:2:1
func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Printf("worker %d started job %d\n", id, j)
		time.Sleep(time.Millisecond)
		results <- j * 2
	}
}
func main() {}
