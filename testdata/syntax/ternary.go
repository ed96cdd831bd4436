package main

func main() {
	x := 1
	y := x > 0 ? 1 : 2
}
