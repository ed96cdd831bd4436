package main

import "fmt"

func f(x int) {
	switch x {
	case 1:
		fmt.Print("one ")
		fallthrough
	default:
		fmt.Print("default ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
	}
	fmt.Println()
}

func main() {
	for _, x := range []int{1, 2, 3, 4} {
		f(x)
	}
}
