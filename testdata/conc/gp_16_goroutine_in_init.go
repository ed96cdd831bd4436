package main

import "fmt"

var ready = make(chan string, 1)

func init() {
	go func() { ready <- "started in init" }()
}

func main() {
	fmt.Println(<-ready)
}
