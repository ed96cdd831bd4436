package main

import "fmt"

func main() {
	s := "abc"
	for i := range s {
		s[i] = 'x'
	}
	fmt.Println(s)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
