package main

type A struct{}

type B struct {
	A
	A
}

func main() {
	var b B
	_ = b
}
