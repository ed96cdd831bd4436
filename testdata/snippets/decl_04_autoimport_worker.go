// uses fmt, sync and time without importing them; nothing calls worker
func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Printf("worker %d started job %d\n", id, j)
		time.Sleep(time.Millisecond)
		results <- j * 2
	}
}
