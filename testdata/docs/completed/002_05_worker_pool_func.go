// Helper file, used only to produce the expectation 002_05_worker_pool_func.want with real Go:
// the snippet testdata/docs/002_05_worker_pool_func.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/002_05_worker_pool_func.go
package main

//line testdata/docs/002_05_worker_pool_func.go:1:1
func workerPool() {
    jobs := make(chan int, 100)
    results := make(chan int, 100)
    
    // Start workers
    for w := 1; w <= 3; w++ {
        go worker(jobs, results)
    }
    
    // Send jobs
    for j := 1; j <= 5; j++ {
        jobs <- j
    }
    close(jobs)
    
    // Collect results
    for a := 1; a <= 5; a++ {
        <-results
    }
}
func main() {}
