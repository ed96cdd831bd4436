// Helper file, used only to produce the expectation go_02_worker_pool.want with real Go:
// the snippet testdata/snippets/go_02_worker_pool.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
import "time"
//line testdata/snippets/go_02_worker_pool.go:1:1
func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- fmt.Sprintf("job %d squared = %d", j, j*j)
	}
}

//line testdata/snippets/go_02_worker_pool.go:11:1
var wg sync.WaitGroup
func main() {
//line testdata/snippets/go_02_worker_pool.go:9:1
jobs := make(chan int, 10)
results := make(chan string, 10)
//line testdata/snippets/go_02_worker_pool.go:12:1
for w := 1; w <= 3; w++ {
	wg.Add(1)
	go worker(w, jobs, results, &wg)
}
for j := 1; j <= 6; j++ {
	jobs <- j
}
close(jobs)
wg.Wait()
close(results)
for r := range results {
	fmt.Println(r)
}
}
