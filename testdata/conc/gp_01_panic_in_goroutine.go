package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic("boom from goroutine")
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
