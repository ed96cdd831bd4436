package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]byte
}

func main() {
	p1 := Padded{A: 1, B: "x"}
	p2 := Padded{A: 1, B: "x"}
	fmt.Println(p1 == p2)
	fmt.Printf("%v %+v\n", p1, p1)
	m := map[Padded]int{p1: 1}
	m[p2]++
	fmt.Println(len(m), m[p1])
	type anon = struct {
		_ int
		V int
	}
	fmt.Println(anon{V: 3})
}
