package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %d %#v %#v\n", a, len(b), a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	for range []int(nil) {
		fmt.Println("never")
	}
	var m []string
	fmt.Println(m[:0] == nil, len(m[0:]))
}
