package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	b := []byte{}
	prev = -1
	for i := 0; i < 100; i++ {
		b = append(b, 'x')
		if cap(b) != prev {
			fmt.Println("b", len(b), cap(b))
			prev = cap(b)
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int64(nil), make([]int64, 5)...)
	fmt.Println(len(y), cap(y))
	z := append([]string{"a"}, "b", "c")
	fmt.Println(len(z), cap(z))
}
