package main

import "fmt"

func main() {
	var f func(int) int
	f = func(s string) int { return len(s) }
	fmt.Println(f)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
