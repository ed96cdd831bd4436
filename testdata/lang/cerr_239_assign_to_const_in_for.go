package main

import "fmt"

func main() {
	const c = 10
	for c = 0; c < 3; c++ {
		fmt.Println(c)
	}
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
