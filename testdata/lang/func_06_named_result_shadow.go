package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (s string, n int) {
	s, n = "init", 1
	{
		s := "shadow"
		_ = s
		n = 2
	}
	return
}

func override() (r int) {
	r = 5
	return 10
}

func main() {
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(override())
	a, b := split(100)
	fmt.Println(a+b == 100)
}
