package main

type T [2]T

func main() {
	var t T
	_ = t
}
