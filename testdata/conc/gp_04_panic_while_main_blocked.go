package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		a := []int{1, 2, 3}
		idx := 7
		fmt.Println(a[idx])
		c <- 1
	}()
	<-c
}
