package main

type T struct{}

func (t T) M(x int) (n int, err error) { return }

func main() {
	var f func(int) int = T.M
	_ = f
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently ("as type func(int) int in ...").
