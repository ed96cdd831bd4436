package main

func f() (int, int) {
	return 1,
}

func main() {
}
