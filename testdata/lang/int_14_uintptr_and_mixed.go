package main

import "fmt"

func main() {
	var p uintptr = 100
	p += 28
	p <<= 1
	fmt.Println(p, p%7, p>>3)
	var f float32 = 1.5
	var d float64 = float64(f) * 2
	var i = int(d) + int(f)
	fmt.Println(d, i)
	var u8 uint8 = 200
	var i16 int16 = int16(u8) * 200
	fmt.Println(i16)
	var c rune = 'A'
	var b byte = byte(c) + 1
	fmt.Println(b, string(rune(b)))
	x := 1_000_000
	y := x * x * x
	fmt.Println(y)
	var m int32 = -2147483648
	fmt.Println(-m, m/-1, m%-1)
}
