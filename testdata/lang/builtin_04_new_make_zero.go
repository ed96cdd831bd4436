package main

import "fmt"

type T struct {
	A int
	B string
	C []int
	D map[string]int
	E *T
	F [2]bool
	G interface{}
	H func()
	I chan int
}

func main() {
	p := new(T)
	fmt.Printf("%+v\n", *p)
	fmt.Println(p.C == nil, p.D == nil, p.E == nil, p.G == nil, p.H == nil, p.I == nil)
	var t T
	fmt.Println(t.A, t.B == "", len(t.C), t.F)
	ip := new(int)
	sp := new([]string)
	mp := new(map[int]int)
	fmt.Println(*ip, *sp == nil, *mp == nil)
	*sp = append(*sp, "x")
	fmt.Println(*sp)
	s := make([]T, 2)
	fmt.Println(s[1].A, s[1].E)
	var z struct{}
	var zs [0]int
	fmt.Println(z, zs, len(zs))
}
