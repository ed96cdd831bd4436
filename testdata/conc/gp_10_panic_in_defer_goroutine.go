package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic("second, in defer")
		}()
		panic("first")
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
