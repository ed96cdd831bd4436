jobs := make(chan int)
for w := 1; w <= 3; w++ {
	go worker(w, jobs)
}
close(jobs)
