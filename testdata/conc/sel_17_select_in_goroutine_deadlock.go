package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		select {
		case <-a:
		case <-b:
		}
	}()
	fmt.Println("main waits")
	a <- 1
	b <- 2
}
