package main

import "fmt"

func main() {
	f := func(n int) int {
		if n == 0 {
			return 0
		}
		return f(n - 1)
	}
	fmt.Println(f(3))
}
