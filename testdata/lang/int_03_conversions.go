package main

import "fmt"

func main() {
	var a int32 = -1
	fmt.Println(uint32(a), uint8(a), uint64(a), int64(a))
	var b uint32 = 0xFFFFFFFF
	fmt.Println(int32(b), int8(b), int64(b))
	var c int64 = 0x123456789
	fmt.Println(int32(c), uint16(c), int8(c), uint8(c))
	var d uint8 = 250
	fmt.Println(int8(d), int(d), uint16(d)+10)
	var e int = 300
	fmt.Println(byte(e), int8(e))
	var f float64 = -3.99
	fmt.Println(int(f), int64(f), int32(f))
	var g float64 = 3.99
	fmt.Println(uint8(g), int(g))
	var h int = -7
	fmt.Println(float64(h)/2, float32(h))
}
