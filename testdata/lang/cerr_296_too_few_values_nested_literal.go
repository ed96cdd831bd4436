package main

import "fmt"

type P struct{ X, Y int }

func main() {
	ps := []P{{1, 2}, {3}}
	fmt.Println(ps)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently ("too few values in struct{X int; Y int}{…}").
