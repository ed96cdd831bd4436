package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	other := make(chan int)
	go func() {
		time.Sleep(40 * time.Millisecond)
		close(c)
	}()
	fmt.Println("select blocks on send")
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-other:
		fmt.Println("other")
	}
}
