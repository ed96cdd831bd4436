package main

func main() {
	nil()
}
