package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i * 10
	}
	close(c)
	for {
		v, ok := <-c
		if !ok {
			fmt.Println("closed, len", len(c))
			break
		}
		fmt.Println(v, len(c))
	}
}
