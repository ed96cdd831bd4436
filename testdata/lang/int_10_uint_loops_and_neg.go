package main

import "fmt"

func main() {
	var count int
	for i := uint8(250); i != 4; i++ {
		count++
	}
	fmt.Println(count)
	var x uint = 3
	var y uint = 5
	fmt.Println(x-y, int(x)-int(y))
	var i8 int8 = -128
	fmt.Println(-i8, i8-1, i8*-1)
	var u32 uint32 = 1
	fmt.Println(-u32, ^u32)
	n := -17
	fmt.Println(n>>1, n/2, uint8(n))
	fmt.Println(uint64(1<<63) >> 62, int64(-1<<63) >> 62)
}
