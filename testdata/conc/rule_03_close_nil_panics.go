package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("nil:", c == nil)
	close(c)
}
