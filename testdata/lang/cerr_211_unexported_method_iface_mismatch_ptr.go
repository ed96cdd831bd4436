package main

import "fmt"

type Closer interface{ Close() error }

type F struct{}

func (f *F) Close() error { return nil }

func use(c Closer) { fmt.Println(c) }

func main() {
	use(F{})
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
