package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-c }()
	}
	time.Sleep(60 * time.Millisecond)
	fmt.Println("slept while all others were blocked")
	c <- 1
	c <- 2
	c <- 3
	fmt.Println("released three")
	c <- 4
}
