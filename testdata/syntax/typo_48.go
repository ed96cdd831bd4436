package main

import (
    "fmt"
    "sync"
)

func worker(id int, jobs <- ;chan int, results chan<- int) {
    for j := range jobs {
        results <- j * 2 // Processing job
    }
}

func main() {
    jobs := make(chan int, 100)
    results := make(chan int, 100)

    // Fan-Out: Starting 3 workers
    for w := 1; w <= 3; w++ {
        go worker(w, jobs, results)
    }

    // Sending 9 jobs
    for j := 1; j <= 9; j++ {
        jobs <- j
    }
    close(jobs)

    // Fan-In: Collecting results
    for a := 1; a <= 9; a++ {
        fmt.Println(<-results)
    }
}
