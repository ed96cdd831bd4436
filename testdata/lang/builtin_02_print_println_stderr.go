package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("to stderr", 1, true)
	print("no newline", 2, "\n")
	println(2.5, int8(-3), "end")
}
