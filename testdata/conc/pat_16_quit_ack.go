package main

import "fmt"

func worker(quit chan chan string) {
	n := 0
	for {
		select {
		case ack := <-quit:
			ack <- fmt.Sprint("worker did ", n, " steps")
			return
		default:
			if n < 1000 {
				n++
			}
			if n == 1000 {
				select {
				case ack := <-quit:
					ack <- fmt.Sprint("worker did ", n, " steps")
					return
				}
			}
		}
	}
}

func main() {
	quit := make(chan chan string)
	go worker(quit)
	ack := make(chan string)
	for i := 0; i < 1; i++ {
	}
	// let worker finish its steps by waiting on it to be blocked in quit receive
	quit <- ack
	s := <-ack
	fmt.Println(len(s) > 0)
}
