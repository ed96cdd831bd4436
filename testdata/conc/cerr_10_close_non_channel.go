package main

func main() {
	x := 3
	close(x)
}
