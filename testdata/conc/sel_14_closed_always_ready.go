package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	n := 0
	for i := 0; i < 100; i++ {
		select {
		case <-done:
			n++
		default:
		}
	}
	fmt.Println(n)
	c := make(chan int)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
}
