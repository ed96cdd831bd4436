package main

type I interface {
	M() N()
}

func main() {
}
