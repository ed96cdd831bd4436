package main

import "fmt"

func producer(n int, out chan<- int, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- i
	}
	done <- true
}

func main() {
	out := make(chan int)
	done := make(chan bool)
	go producer(5, out, done)
	sum := 0
	for {
		select {
		case v := <-out:
			sum += v
			continue
		case <-done:
		}
		break
	}
	fmt.Println("sum", sum)
	results := make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case results <- fmt.Sprint("r", i):
			case <-quit:
				close(results)
				return
			}
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	close(quit)
	for range results {
	}
	fmt.Println("closed")
}
