// Helper file, used only to produce the expectation 003_05_worker_pool.want with real Go:
// the snippet testdata/docs/003_05_worker_pool.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_05_worker_pool.go
package main

//line testdata/docs/003_05_worker_pool.go:1:1
func worker(id int, jobs <-chan int, results chan<- int) {
    for j := range jobs {
        results <- j * 2  // Process job and send result
    }
}

func main() {
    jobs := make(chan int, 100)
    results := make(chan int, 100)

    // Start workers
    for w := 1; w <= 3; w++ {
        go worker(w, jobs, results)
    }

    // Send jobs
    for j := 1; j <= 9; j++ {
        jobs <- j
    }
    close(jobs)  // No more jobs

    // Collect results
    for a := 1; a <= 9; a++ {
        <-results
    }
}
