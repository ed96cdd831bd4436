package main

import (
	"fmt"
	"time"
)

type result struct{ job, val int }

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j, j * 2}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 40; j++ {
		jobs <- j
	}
	close(jobs)
	byJob := make([]int, 41)
	for a := 0; a < 40; a++ {
		r := <-results
		byJob[r.job] = r.val
	}
	sum := 0
	for _, v := range byJob {
		sum += v
	}
	fmt.Println(byJob[1], byJob[40], sum)
}
