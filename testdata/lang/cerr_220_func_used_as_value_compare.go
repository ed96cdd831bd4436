package main

import "fmt"

func f() {}

func main() {
	fmt.Println(f == nil)
	fmt.Println(f != f)
}
