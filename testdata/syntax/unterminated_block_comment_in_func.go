package main

func main() {
	/* oops
}
