package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	u := s[1:2:3]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100)
	fmt.Println(arr)
	u = append(u, 200)
	fmt.Println(arr, u)
}
