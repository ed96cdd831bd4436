package main

import "fmt"

// The value is handed directly to a waiting receiver; the sender continues
// only once the receiver has it.
func main() {
	c := make(chan []int)
	ack := make(chan bool)
	go func() {
		s := <-c
		s[0] = 99
		ack <- true
	}()
	data := []int{1, 2, 3}
	c <- data
	<-ack
	fmt.Println(data)
	type big struct{ a [64]int }
	bc := make(chan big)
	go func() {
		var b big
		for i := range b.a {
			b.a[i] = i
		}
		bc <- b
	}()
	b := <-bc
	fmt.Println(b.a[0], b.a[63], len(b.a))
}
