package main

import "fmt"

func fill(m map[string]int) {
	m["filled"] = 1
}

type S struct{ n int }

func main() {
	a := map[string]int{}
	b := a
	b["x"] = 5
	fill(a)
	fmt.Println(a, len(b))
	ms := map[string]S{"k": {1}}
	s := ms["k"]
	s.n = 100
	fmt.Println(ms["k"].n)
	ms["k"] = s
	fmt.Println(ms["k"].n)
	mp := map[string]*S{"k": {1}}
	mp["k"].n = 42
	fmt.Println(mp["k"].n)
	fmt.Println(len(map[int]int{1: 1, 2: 2, 3: 3}))
}
