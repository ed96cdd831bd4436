package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- request{i, rc}
		fmt.Println(<-rc)
	}
	close(reqs)
	var send chan<- int
	var recv <-chan int
	c := make(chan int, 1)
	send, recv = c, c
	send <- 9
	fmt.Println(<-recv)
	fmt.Printf("%T %T\n", send, recv)
}
