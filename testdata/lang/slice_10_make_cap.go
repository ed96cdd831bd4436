package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s), cap(s), s)
	s2 := s[1:4]
	fmt.Println(len(s2), cap(s2), s2)
	s2 = append(s2, 1)
	fmt.Println(len(s2), cap(s2))
	s2 = append(s2, 2)
	fmt.Println(len(s2), cap(s2))
	x := make([]string, 2)
	x = append(x, "a", "b", "c")
	fmt.Println(len(x), cap(x))
	type big struct{ a, b, c, d, e int64 }
	var bs []big
	for i := 0; i < 10; i++ {
		bs = append(bs, big{})
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()
}
