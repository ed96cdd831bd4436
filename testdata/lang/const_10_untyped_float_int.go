package main

import "fmt"

func main() {
	const a = 10
	const b = 4
	fmt.Println(a/b, a/b*1.0, a/4.0, float64(a)/b)
	var f float64 = a / b
	fmt.Println(f)
	var g float32 = 1 << 24
	fmt.Println(g + 1)
	const h = 1 << 62
	fmt.Println(uint64(h*2-1+h*2), h/(1<<60))
	var i int64 = 'a' * 2
	fmt.Println(i)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const l = len("four")
	var arr [l]int
	fmt.Println(len(arr))
	x := 5
	fmt.Println(x / 2 * 2.0)
	var u8 uint8 = 255
	fmt.Println(u8 + 1 - 1)
}
