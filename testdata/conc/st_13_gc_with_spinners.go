package main

import (
	"fmt"
	"runtime"
)

var sink int

type node struct {
	next *node
	val  [8]int
}

// Goroutines spin without calls (preempted by signals) while another
// allocates heavily and forces collections.
func main() {
	for i := 0; i < 3; i++ {
		go func() {
			x := 0
			for {
				x++
				if x < 0 {
					sink = x
				}
			}
		}()
	}
	done := make(chan int)
	go func() {
		total := 0
		for round := 0; round < 20; round++ {
			var head *node
			for i := 0; i < 5000; i++ {
				head = &node{next: head}
				head.val[0] = i
			}
			for p := head; p != nil; p = p.next {
				total += p.val[0]
			}
			if round%5 == 0 {
				runtime.GC()
			}
		}
		done <- total
	}()
	fmt.Println(<-done)
}
//! env GOMAXPROCS=2
