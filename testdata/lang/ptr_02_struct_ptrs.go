package main

import "fmt"

type Counter struct{ n int }

func main() {
	cs := []*Counter{{1}, {2}, {3}}
	for _, c := range cs {
		c.n *= 10
	}
	for _, c := range cs {
		fmt.Print(c.n, " ")
	}
	fmt.Println()
	m := map[string]*Counter{}
	m["a"] = &Counter{}
	m["a"].n++
	m["a"].n++
	fmt.Println(m["a"].n)
	c := Counter{5}
	pc := &c
	pc2 := pc
	pc2.n = 9
	fmt.Println(c.n, (*pc).n)
	fmt.Printf("%v %+v\n", *pc, pc)
}
