package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() {
		time.Sleep(40 * time.Millisecond)
		b <- "from b"
		time.Sleep(40 * time.Millisecond)
		a <- "from a"
	}()
	for i := 0; i < 2; i++ {
		select {
		case s := <-a:
			fmt.Println(s)
		case s := <-b:
			fmt.Println(s)
		}
	}
}
