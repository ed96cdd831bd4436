package main

import "fmt"

var c = make(chan int)

func init() {
	fmt.Println("init blocks")
	<-c
}

func main() {
	fmt.Println("never")
}
