package main

import "fmt"

func fib(n int, out chan<- int) {
	if n < 2 {
		out <- n
		return
	}
	c := make(chan int, 2)
	go fib(n-1, c)
	go fib(n-2, c)
	out <- <-c + <-c
}

func main() {
	out := make(chan int)
	go fib(17, out)
	fmt.Println(<-out)
}
