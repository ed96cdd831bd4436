package main

import "fmt"

func kind(x interface{}) string {
	switch c := x.(type) {
	case chan int:
		return fmt.Sprint("bidirectional, cap ", cap(c))
	case <-chan int:
		return fmt.Sprint("receive-only, len ", len(c))
	case chan<- int:
		return "send-only"
	case nil:
		return "nil interface"
	default:
		return fmt.Sprintf("other %T", c)
	}
}

func main() {
	c := make(chan int, 3)
	c <- 1
	var r <-chan int = c
	var s chan<- int = c
	var nc chan int
	fmt.Println(kind(c))
	fmt.Println(kind(r))
	fmt.Println(kind(s))
	fmt.Println(kind(nc))
	fmt.Println(kind(nil))
	fmt.Println(kind(make(chan string)))
}
