package main

import "fmt"

func f() (int, int) { return 1, 2 }

func main() {
	x, y, z := f()
	fmt.Println(x, y, z)
}
