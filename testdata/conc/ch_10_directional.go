package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func main() {
	c := make(chan int, 4)
	d := make(chan int)
	go producer(c, 100)
	go consumer(c, d)
	fmt.Println(<-d)
	var ro <-chan int = c
	var wo chan<- int = c
	fmt.Println(cap(ro), cap(wo), len(ro))
	fmt.Printf("%T %T %T\n", c, ro, wo)
}
