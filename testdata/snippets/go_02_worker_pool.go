func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- fmt.Sprintf("job %d squared = %d", j, j*j)
	}
}

jobs := make(chan int, 10)
results := make(chan string, 10)
var wg sync.WaitGroup
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
