package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main start")
	go func() {
		panic(fmt.Sprintf("goroutine %d failed", 7))
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
