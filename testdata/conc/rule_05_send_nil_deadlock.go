package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("sending to nil")
	c <- "x"
}
