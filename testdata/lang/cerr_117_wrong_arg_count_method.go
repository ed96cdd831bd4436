package main

type T struct{}

func (T) M(a int) {}

func main() {
	var t T
	t.M()
}
