package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b1100
	fmt.Println(^u, u&^0b0100, -u)
	var x uint16 = 0xF0F0
	x ^= 0xFFFF
	fmt.Printf("%x %b %o %X\n", x, x, x, x)
	var y int32 = -1
	fmt.Printf("%x %d\n", uint32(y), y)
	fmt.Printf("%08b\n", uint8(5))
	var c uint = 1
	c <<= 10
	c |= 3
	c &= 0xff
	fmt.Println(c)
}
