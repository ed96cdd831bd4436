package main

type T struct {
	A int
	A string
}

func main() {
	var t T
	_ = t
}
