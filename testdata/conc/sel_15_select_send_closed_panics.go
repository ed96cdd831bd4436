package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("select send")
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}
