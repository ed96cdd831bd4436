package main

type T struct{}

func (T) F(a, b int) {}

func main() {
	var t T
	s := []int{1, 2}
	t.F(s...)
}
