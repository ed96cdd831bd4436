package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, len(c))
	close(c)
	fmt.Println(len(c), cap(c))
	for s := range c {
		fmt.Println(s)
	}
	fmt.Println(len(c), cap(c))
	var n chan int
	fmt.Println(len(n), cap(n))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
}
