package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	c <- 1
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	var n chan int
	select {
	case n <- 1:
		fmt.Println("nil send?")
	case <-n:
		fmt.Println("nil recv?")
	default:
		fmt.Println("nil channels never ready")
	}
}
