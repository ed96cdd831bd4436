package main

type T struct{}

func (t *T) M() {}

func mk() T { return T{} }

func main() {
	mk().M()
}
