package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- "late"
	}()
	select {
	case m := <-ch:
		fmt.Println(m)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout")
	}
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
}
