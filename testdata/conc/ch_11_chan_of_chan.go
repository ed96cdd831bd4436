package main

import "fmt"

type req struct {
	n     int
	reply chan int
}

func server(reqs chan req) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan req)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := req{i, make(chan int)}
		reqs <- r
		fmt.Println(i, <-r.reply)
	}
	close(reqs)
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "nested"
	fmt.Println(<-inner)
}
