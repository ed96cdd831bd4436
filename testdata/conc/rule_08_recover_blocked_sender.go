package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("recovered: ", recover())
		}()
		c <- 42
	}()
	time.Sleep(30 * time.Millisecond)
	close(c)
	fmt.Println(<-done)
}
