package main

import "fmt"

func main() {
	x := 3
	const c = x
	fmt.Println(c)
}
