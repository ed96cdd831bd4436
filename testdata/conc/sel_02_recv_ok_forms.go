package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string)
	close(b)
	a <- 5
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-a:
			fmt.Println("a", v, ok)
			a = nil
		case s, ok := <-b:
			if i == 0 {
				// b is closed and also ready; only reached if chosen
			}
			fmt.Printf("b %q %v\n", s, ok)
			b = nil
		}
	}
}
//! mode sorted
