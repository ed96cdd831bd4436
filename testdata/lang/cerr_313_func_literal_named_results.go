package main

func main() {
	var f func(int) int
	f = func(a, b int) (x, y int) { return b, a }
	_ = f
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently ("as type func(int) int in ...").
