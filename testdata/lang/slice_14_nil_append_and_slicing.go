package main

import "fmt"

func main() {
	var s []int
	t := append(s)
	fmt.Println(t == nil, len(t))
	u := append(s, []int{}...)
	fmt.Println(u == nil)
	fmt.Println(s[0:0] == nil, s[:] == nil)
	e := []int{}
	fmt.Println(e[0:0] == nil, append(e, s...) == nil)
	var b []byte
	b = append(b, ""...)
	fmt.Println(b == nil, len(b))
	n := copy(b, "abc")
	fmt.Println(n)
	big := make([]int, 1000000)
	big[999999] = 7
	fmt.Println(len(big), big[999999])
	z := make([]int, 0)
	fmt.Println(z == nil, cap(z))
}
