package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	n := 0
	for range s {
		s = append(s, 0)
		n++
	}
	fmt.Println(n, len(s))
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i == 0 {
			t = t[:2]
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(t))
	a := [3]int{1, 2, 3}
	for i := range a {
		a[2] = 99
		_ = i
	}
	for i, v := range a {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	str := "abc"
	for i := range str {
		str = "zzzzzz"
		fmt.Print(i)
	}
	fmt.Println(" ", str)
}
