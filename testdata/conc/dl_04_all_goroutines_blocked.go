package main

import "fmt"

// Two goroutines wait on each other and main waits on both.
func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	go func() {
		<-a
		b <- 1
		done <- true
	}()
	go func() {
		<-b
		a <- 1
		done <- true
	}()
	fmt.Println("cycle")
	<-done
}
