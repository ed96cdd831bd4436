package main

import "fmt"

func main() {
	c := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i
		}
		quit <- true
	}()
	total := 0
loop:
	for {
		select {
		case v := <-c:
			total += v
			if v == 100 {
				break
			}
		case <-quit:
			break loop
		}
	}
	fmt.Println("total", total)
}
