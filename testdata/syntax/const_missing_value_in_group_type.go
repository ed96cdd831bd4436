package main

const (
	A int =
)

func main() {
}
