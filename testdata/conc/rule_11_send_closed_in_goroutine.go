package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	close(c)
	go func() {
		c <- 5
	}()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("not reached")
}
