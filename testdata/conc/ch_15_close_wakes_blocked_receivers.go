package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	res := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			v, ok := <-c
			res <- fmt.Sprint(i, v, ok)
		}(i)
	}
	time.Sleep(30 * time.Millisecond)
	close(c)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
}
//! mode sorted
