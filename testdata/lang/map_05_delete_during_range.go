package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	n := map[string]int{"a": 1, "b": 2, "c": 3}
	seen := 0
	for k := range n {
		delete(n, "a")
		delete(n, "b")
		delete(n, "c")
		seen++
		_ = k
	}
	fmt.Println(seen, len(n))
	c := map[int]int{1: 1, 2: 2}
	var ks []int
	for k, v := range c {
		c[k] = v * 10
		ks = append(ks, k)
	}
	sortInts(ks)
	fmt.Println(ks, c)
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
