package main

import "fmt"

func main() {
	const s = 3
	var a int64 = 1 << s
	var b float64 = 1 << s
	fmt.Println(a, b)
	var n uint = 2
	var c = 1 << n
	var d int32 = 1 << n
	fmt.Println(c, d)
	fmt.Printf("%T %T\n", c, d)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1<<3)
	var u uint16 = 0xABCD
	fmt.Println(u>>8, u&0xFF, u<<4)
	const x uint8 = 1<<8 - 1
	fmt.Println(x)
}
