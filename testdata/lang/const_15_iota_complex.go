package main

import "fmt"

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
	F3
)

const (
	a, b = iota, iota + 10
	c, d
	_, _
	e, f = iota * 2, "s"
	g, h
)

const (
	x = iota
	y = "str"
	z = iota
)

func (b Bits) Set(f Bits) Bits    { return b | f }
func (b Bits) Clear(f Bits) Bits  { return b &^ f }
func (b Bits) Toggle(f Bits) Bits { return b ^ f }
func (b Bits) Has(f Bits) bool    { return b&f != 0 }

func main() {
	var bits Bits
	bits = bits.Set(F0).Set(F3)
	fmt.Printf("%04b %v %v\n", bits, bits.Has(F0), bits.Has(F1))
	bits = bits.Toggle(F1).Clear(F0)
	fmt.Printf("%04b\n", bits)
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(x, y, z)
}
