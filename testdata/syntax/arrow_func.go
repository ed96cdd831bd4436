package main

func main() {
	f := (x int) => x
}
