package main

import "fmt"

func equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	a := []byte("hello")
	b := []byte("hello")
	fmt.Println(equal(a, b), string(a) == string(b))
	b[4] = '!'
	fmt.Println(equal(a, b), string(b))
	m := map[string]int{}
	m[string(a)]++
	m[string(a[:])]++
	fmt.Println(m)
	strs := []string{"b", "a", "c", "a"}
	min := strs[0]
	for _, s := range strs {
		if s < min {
			min = s
		}
	}
	fmt.Println(min)
	fmt.Println("abc" > "ab", "B" < "a", "é" > "z")
}
