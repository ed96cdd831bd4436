package main

import "fmt"

func main() {
	s := make([]int, 5)
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	s2 := make([]int, 3, 3)
	s2 = append(s2, 1, 2, 3, 4, 5)
	fmt.Println(len(s2), cap(s2))
	var s3 []string
	for i := 0; i < 20; i++ {
		s3 = append(s3, "x")
	}
	fmt.Println(len(s3), cap(s3))
	type T struct{ a, b, c byte }
	var s4 []T
	for i := 0; i < 10; i++ {
		s4 = append(s4, T{})
	}
	fmt.Println(len(s4), cap(s4))
	var s5 []int32
	s5 = append(s5, 1, 2, 3)
	fmt.Println(len(s5), cap(s5))
	s6 := append([]byte("hello"), " world"...)
	fmt.Println(len(s6), cap(s6))
	s7 := append([]int(nil), make([]int, 700)...)
	fmt.Println(len(s7), cap(s7))
	s8 := make([]int, 256)
	s8 = append(s8, 1)
	fmt.Println(len(s8), cap(s8))
}
