package main

import "fmt"

type T struct{ v int }

func main() {
	c := make(chan int, 1)
	var x int
	var ok bool
	var arr [3]int
	m := map[string]int{}
	t := &T{}
	c <- 11
	select {
	case x, ok = <-c:
	}
	fmt.Println(x, ok)
	c <- 22
	select {
	case arr[1] = <-c:
	}
	c <- 33
	select {
	case m["k"] = <-c:
	}
	c <- 44
	select {
	case t.v, ok = <-c:
	}
	fmt.Println(arr, m, t.v, ok)
	close(c)
	select {
	case x, ok = <-c:
	}
	fmt.Println(x, ok)
	var _ = x
	select {
	case <-c:
		fmt.Println("discarded")
	}
}
