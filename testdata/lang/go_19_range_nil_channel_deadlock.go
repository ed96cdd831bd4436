package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("ranging over nil channel")
	for v := range ch {
		fmt.Println(v)
	}
}
