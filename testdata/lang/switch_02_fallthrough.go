package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2:
			fmt.Print("two ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	switch {
	case false:
		fmt.Println("no")
	case true:
		fmt.Println("yes")
		fallthrough
	case false:
		fmt.Println("fell into false case")
	}
}
