package main

func f() (x int) {
	return 1, 2
}

func main() { f() }
