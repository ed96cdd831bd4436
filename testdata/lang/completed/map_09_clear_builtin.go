package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	for i := range s[1:] {
		s[1+i] = 0
	}
	fmt.Println(s, len(s))
}
