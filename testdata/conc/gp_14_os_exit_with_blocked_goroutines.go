package main

import (
	"fmt"
	"os"
)

func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-c }()
	}
	defer fmt.Println("deferred: must not print")
	fmt.Println("exiting 4")
	os.Exit(4)
}
