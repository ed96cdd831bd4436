package main

func g(a, b int, s ...string) (r string) { return }

func main() {
	var f func(int) int
	f = g
	_ = f
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently ("as type func(int) int in ...").
