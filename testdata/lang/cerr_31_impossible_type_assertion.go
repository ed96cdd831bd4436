package main

type Runner interface{ Run() }

type T struct{}

func (t *T) Run() {}

func main() {
	var r Runner = &T{}
	_ = r.(T)
}
