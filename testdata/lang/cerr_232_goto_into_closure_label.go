package main

import "fmt"

func main() {
	goto inside
	f := func() {
	inside:
		fmt.Println("x")
	}
	f()
}
