package main

import "fmt"

// A select never communicates with itself: alone, it blocks forever.
func main() {
	c := make(chan int)
	fmt.Println("self select")
	select {
	case c <- 1:
		fmt.Println("sent to myself?")
	case v := <-c:
		fmt.Println("received from myself?", v)
	}
}
