func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	results := make(chan string)
	var wg sync.WaitGroup
	for _, n := range []int{10, 20, 25} {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- fmt.Sprintf("fib(%d) = %d", n, fib(n))
		}(n)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	fmt.Println(strings.Join(all, "\n"))
}

const unused = "declarations around main are fine"
