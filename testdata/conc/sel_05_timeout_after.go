package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		c <- "slow"
	}()
	select {
	case s := <-c:
		fmt.Println(s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan string, 1)
	go func() { fast <- "fast" }()
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 2")
	}
}
