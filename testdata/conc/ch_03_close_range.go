package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i * i
		}
	}()
	return c
}

func main() {
	sum := 0
	for v := range gen(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum", sum)
	for range gen(3) {
		fmt.Println("tick")
	}
}
