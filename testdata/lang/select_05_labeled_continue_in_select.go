package main

import "fmt"

func main() {
	data := make(chan int, 10)
	quit := make(chan bool, 1)
	for i := 0; i < 10; i++ {
		data <- i
	}
	close(data)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				data = nil
				quit <- true
				continue loop
			}
			if v%2 == 0 {
				continue loop
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println(sum)
	results := make(chan string, 3)
	for _, w := range []string{"x", "y", "z"} {
		select {
		case results <- w:
		default:
			fmt.Println("full")
		}
	}
	close(results)
	for r := range results {
		fmt.Print(r)
	}
	fmt.Println()
}
