package main

type T struct {
	x int
	t T
}

func main() {
	var t T
	_ = t
}
