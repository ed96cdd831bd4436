package main

import "fmt"

func main() {
	ch := make(chan int)
	a, b, c := <-ch
	fmt.Println(a, b, c)
}
