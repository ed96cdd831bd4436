package main

type P struct{ X int }

func main() {
	p := P{X: 1
	_ = p
}
