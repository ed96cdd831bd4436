package main

import "fmt"

func main() {
	var e error
	fmt.Println(e == 1)
}

// The expected diagnostic is worded as Go 1.21+ (SPEC.md: Go 1.22) words it
// (types2 invalidConversion: "cannot convert %s to type %s"); Go 1.19 omits "type".
