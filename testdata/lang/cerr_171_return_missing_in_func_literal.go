package main

import "fmt"

func main() {
	f := func() int {
		fmt.Println("x")
	}
	fmt.Println(f())
}
