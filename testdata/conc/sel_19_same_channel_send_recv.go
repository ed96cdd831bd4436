package main

import "fmt"

// One select with a send and a receive on the same buffered channel.
func main() {
	c := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case c <- i:
			sends++
		case <-c:
			recvs++
		}
	}
	fmt.Println(sends-recvs == len(c), sends+recvs)
}
