package main

func f(s string) {}

func main() {
	n := 3
	f(n)
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
