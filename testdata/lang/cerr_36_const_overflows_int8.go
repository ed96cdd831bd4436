package main

import "fmt"

func main() {
	x := int8(200)
	fmt.Println(x)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
