package main

import "fmt"

// Both sides of every exchange are in a select.
func main() {
	c := make(chan int)
	quit := make(chan bool)
	done := make(chan int)
	go func() {
		sum := 0
		for {
			select {
			case v := <-c:
				sum += v
			case <-quit:
				done <- sum
				return
			}
		}
	}()
	for i := 1; i <= 1000; i++ {
		select {
		case c <- i:
		}
	}
	quit <- true
	fmt.Println(<-done)
}
