package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	fmt.Println(x)
}
