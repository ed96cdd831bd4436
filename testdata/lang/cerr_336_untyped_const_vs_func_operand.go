package main

import "fmt"

func main() {
	f := func(a int) int { return a }
	fmt.Println(f + 1)
}

// The expected diagnostic is worded as Go 1.21+ (SPEC.md: Go 1.22) words it
// (types2 invalidConversion: "cannot convert %s to type %s"); Go 1.19 omits "type".
