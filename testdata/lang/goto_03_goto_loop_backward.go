package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	i := 0
again:
	i++
	if i < 3 {
		fmt.Println("again", i)
		goto again
	}
	fmt.Println("done", i)
}
