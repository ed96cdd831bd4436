package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 5)
	n = copy(b, "hello world")
	fmt.Println(n, string(b))
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)
}
