package main

import "fmt"

func f(a int) {
	a := 2
	fmt.Println(a)
}

func main() { f(1) }
