package main

import "fmt"

const (
	Big   = 1e1000
	Ratio = Big / 1e999
	Tiny  = 1e-1000
	Back  = Tiny * 1e1000
	Third = 1.0 / 3
	Exact = Third * 3
	Int   = 1 << 200 >> 195
	Mixed = 7 / 2.0
)

func main() {
	fmt.Println(Ratio, Back, Exact == 1, Int, Mixed)
	var f float32 = Third
	var g float64 = Third
	fmt.Println(f, g)
	const h = 'a' * 2.5
	fmt.Println(h)
	fmt.Printf("%T\n", Ratio)
	const maxU = ^uint64(0)
	fmt.Println(maxU, maxU>>63)
	fmt.Println(uint8(255)+0, int8(-128)-0)
}
