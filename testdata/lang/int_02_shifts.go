package main

import "fmt"

func main() {
	var x uint8 = 1
	for _, s := range []uint{0, 1, 7, 8, 9, 100} {
		fmt.Println(s, x<<s, uint8(0x80)>>s)
	}
	var y int8 = -128
	for _, s := range []uint{0, 1, 7, 8, 64, 200} {
		fmt.Println(s, y>>s, y<<s)
	}
	var z int64 = -1
	var n uint = 63
	fmt.Println(z<<n, z>>n, uint64(z)>>n)
	n = 64
	fmt.Println(z<<n, z>>n, uint64(z)>>n)
	var i int = 5
	fmt.Println(1<<i, i<<2)
	var sh int = 3
	fmt.Println(uint32(1)<<sh, int32(-16)>>sh)
}
