package main

import "fmt"

func gt(x int) bool      { return x+1 > x }
func gt32(x int32) bool  { return x+1 > x }
func neg(x int64) bool   { return -x == x && x != 0 }
func absI(x int8) int8 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(gt(9223372036854775807), gt(1))
	fmt.Println(gt32(2147483647), gt32(-5))
	fmt.Println(neg(-9223372036854775808), neg(5))
	fmt.Println(absI(-128), absI(-5))
	count := 0
	for i := int8(0); i >= 0; i++ {
		count++
	}
	fmt.Println(count)
	var u uint8
	n := 0
	for u = 250; u > 10; u += 3 {
		n++
	}
	fmt.Println(n, u)
	x := int32(1)
	for k := 0; k < 40; k++ {
		x *= 3
	}
	fmt.Println(x)
}
