package main

import "fmt"

func main() {
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
	var u uint64 = 0xffffffffffffffff
	fmt.Println(u, u/10, u%10)
	fmt.Println(uint32(0xdeadbeef), int32(-0x80000000))
	fmt.Printf("%d %x %X %o %b\n", u, u, uint32(0xdeadbeef), uint8(255), uint16(1023))
	fmt.Printf("%20d|%-20d|%+d\n", int64(-9223372036854775808), u, int64(9223372036854775807))
	var f = float64(u)
	fmt.Println(f, float32(u))
	fmt.Println(1e15, 1e16, 123456789012345678.0)
	fmt.Println(float64(1<<62), float64(-1<<63))
}
