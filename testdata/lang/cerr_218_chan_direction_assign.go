package main

func main() {
	var r <-chan int = make(chan int)
	var c chan int = r
	_ = c
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
