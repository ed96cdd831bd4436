package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(a)
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		fmt.Println(i, v)
	}
	s := a[:]
	s[0] = -1
	fmt.Println(a, len(s), cap(s))
	p := &a
	fmt.Println(p[1], len(p))
	var arr [5]int
	n := copy(arr[1:], []int{7, 8, 9})
	fmt.Println(n, arr)
}
