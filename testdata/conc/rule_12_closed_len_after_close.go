package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	<-c
	fmt.Println(len(c))
	<-c
	fmt.Println(len(c))
	v, ok := <-c
	fmt.Println(v, ok, len(c))
	defer func() { fmt.Println("recovered:", recover()) }()
	close(c)
}
