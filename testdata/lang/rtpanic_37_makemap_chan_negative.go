package main

import "fmt"

func main() {
	n := -1
	fmt.Println("making")
	ch := make(chan int, n)
	fmt.Println(ch)
}
