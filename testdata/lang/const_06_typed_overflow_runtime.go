package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = 2147483647
	c += 10
	fmt.Println(c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println(d)
	var e uint32 = 1 << 31
	e *= 2
	fmt.Println(e)
	var f int16 = -32768
	f = -f
	fmt.Println(f)
	var g int = -9223372036854775808
	fmt.Println(g / -1, g % -1)
	var h uint64 = 0
	h -= 1
	fmt.Println(h)
}
