package main

import "fmt"

func worker(ch chan string) {
	ch <- "task finished" // send data into channel
}

func main() {
	ch := x make(chan string)

	go worker(ch)

	msg := <-ch // receive data
	fmt.Println("Message:", msg)
}
