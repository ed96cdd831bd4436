package main

type Runner interface{ Run() }

type T struct{}

func (t *T) Run() {}

func main() {
	var r Runner = T{}
	_ = r
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
