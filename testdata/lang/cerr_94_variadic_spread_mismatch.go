package main

func f(xs ...int) {}

func main() {
	s := []string{"a"}
	f(s...)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
