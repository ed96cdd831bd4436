package main

import "fmt"

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	_
	FlagD
)

const (
	a = iota * iota
	b
	c = "str"
	d
	e = iota + 100
	f
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	fmt.Println(FlagA, FlagB, FlagD)
	v := FlagA | FlagD
	fmt.Println(v.Has(FlagA), v.Has(FlagB), v.Has(FlagD))
	fmt.Println(a, b, c, d, e, f)
}
