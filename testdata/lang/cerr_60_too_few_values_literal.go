package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1}
	fmt.Println(p)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
