package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println("buffer full", len(c))
	c <- 3
}
