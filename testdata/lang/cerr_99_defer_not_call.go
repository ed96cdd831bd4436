package main

func main() {
	defer 5
}
