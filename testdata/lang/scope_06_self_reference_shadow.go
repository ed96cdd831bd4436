package main

import "fmt"

func main() {
	x := 1
	{
		x := x + 1
		fmt.Println(x)
	}
	fmt.Println(x)
	type node struct {
		val  int
		next *node
	}
	n := &node{1, &node{2, nil}}
	fmt.Println(n.next.val)
	const (
		a = iota
		b
	)
	fmt.Println(a, b)
	y := []int{1, 2}
	for _, y := range y {
		fmt.Print(y)
	}
	fmt.Println()
	err := fmt.Errorf("e1")
	if err := fmt.Errorf("e2"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(err)
	var f func(int) int
	f = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * f(n-1)
	}
	fmt.Println(f(5))
}
