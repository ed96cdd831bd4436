package main

import "fmt"

// A lossy buffer: when full, drop the oldest value (select with default).
func push(c chan int, v int) {
	for {
		select {
		case c <- v:
			return
		default:
			select {
			case <-c:
			default:
			}
		}
	}
}

func main() {
	c := make(chan int, 3)
	for i := 1; i <= 10; i++ {
		push(c, i)
	}
	close(c)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
