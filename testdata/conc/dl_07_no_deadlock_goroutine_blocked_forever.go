package main

import "fmt"

// A goroutine blocked forever is not a deadlock while main can finish.
func main() {
	c := make(chan int)
	go func() { <-c }()
	go func() { select {} }()
	fmt.Println("main returns; program ends")
}
