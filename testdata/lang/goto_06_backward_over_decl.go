package main

import "fmt"

func main() {
	n := 0
back:
	x := n * 10
	n++
	if n < 3 {
		fmt.Println("x =", x)
		goto back
	}
	fmt.Println("final", x, n)
	{
		goto inner
	inner:
		fmt.Println("inner label in same block")
	}
}
