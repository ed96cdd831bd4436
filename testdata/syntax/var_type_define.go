package main

func main() {
	var x int := 5
	_ = x
}
