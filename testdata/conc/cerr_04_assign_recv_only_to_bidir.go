package main

func main() {
	var r <-chan int
	var c chan int = r
	_ = c
}
// gc 1.19 says "as type chan int in variable declaration"; the expectation uses the Go 1.20+ wording.
