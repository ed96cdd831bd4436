package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
		fmt.Println("after")
	case 2:
	}
}
