package main

import "fmt"

func sum(xs ...int,
) (total int,
) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	a := []int{
		1,
		2,
		3,
	}
	fmt.Println(sum(
		a...,
	))
	x := 1 +
		2 +
		3
	fmt.Println(x)
	if x > 5 &&
		x < 10 {
		fmt.Println("between")
	}
	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(len(m)); fmt.Println("two statements")
	var s = struct {
		A int
		B string
	}{
		A: 1,
		B: "b",
	}
	fmt.Println(s)
	y := a[
		1]
	fmt.Println(y)
	f := func(
		p int,
	) int {
		return p * 2
	}
	fmt.Println(f(21))
}
