package main

import "fmt"

type S struct{ a int }

func main() {
	var s S
	fmt.Println(s == 1)
}

// The expected diagnostic is worded as Go 1.21+ (SPEC.md: Go 1.22) words it
// (types2 invalidConversion: "cannot convert %s to type %s"); Go 1.19 omits "type".
