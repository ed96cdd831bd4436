package main

func f() int {
	return "x"
}

func main() { f() }
