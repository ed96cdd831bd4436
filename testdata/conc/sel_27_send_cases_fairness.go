package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	var n [3]int
	const N = 30000
	for i := 0; i < N; i++ {
		select {
		case a <- 1:
			n[0]++
			<-a
		case b <- 1:
			n[1]++
			<-b
		case c <- 1:
			n[2]++
			<-c
		}
	}
	for i := range n {
		fmt.Println(i, n[i] > N/3-N/20 && n[i] < N/3+N/20)
	}
}
