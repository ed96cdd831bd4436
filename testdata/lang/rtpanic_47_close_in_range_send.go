package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println("recv", <-ch)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	ch <- 2
}
