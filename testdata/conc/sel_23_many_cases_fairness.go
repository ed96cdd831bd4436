package main

import "fmt"

func main() {
	cs := make([]chan int, 4)
	for i := range cs {
		cs[i] = make(chan int, 1)
	}
	counts := [4]int{}
	const N = 40000
	for i := 0; i < N; i++ {
		for _, c := range cs {
			if len(c) == 0 {
				c <- 1
			}
		}
		select {
		case <-cs[0]:
			counts[0]++
		case <-cs[1]:
			counts[1]++
		case <-cs[2]:
			counts[2]++
		case <-cs[3]:
			counts[3]++
		}
	}
	for i, n := range counts {
		fmt.Println(i, n > N/4-N/20 && n < N/4+N/20)
	}
}
