package main

import "fmt"

func main() {
	var a uint32 = 1
	var b uint32 = 0xFFFFFFFF
	fmt.Println(a < b, a > b)
	var c int32 = -1
	fmt.Println(c < 1, uint32(c) > 1)
	var u uint64 = 1 << 63
	fmt.Println(u, u > 0, int64(u) < 0)
	var s []uint8
	for i := 0; i < 5; i++ {
		s = append(s, uint8(i*100))
	}
	fmt.Println(s)
	var sum uint8
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum)
}
