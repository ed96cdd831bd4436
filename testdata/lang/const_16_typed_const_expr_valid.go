package main

import "fmt"

type Level int8

const (
	Low  Level = -100
	High Level = 100
)

const ratio = 2.5
const scaled = int(ratio * 4)
const big = 1 << 62
const fits int64 = big
const mask = 1<<8 - 1
const b byte = mask

func main() {
	fmt.Println(Low, High, High/3, -Low/2)
	fmt.Println(scaled, fits, b)
	var x float32 = big
	fmt.Println(x)
	const s = "abc" + "def"
	const l = len(s)
	var arr [l * 2]bool
	fmt.Println(l, len(arr), s[2], s[1:3])
	const c = 'a' + 1
	var r rune = c
	var by byte = c
	fmt.Println(r, by, string(r))
	const f = 1e3
	var n int = f
	fmt.Println(n)
	const neg = -5
	var u uint = 10 + neg
	fmt.Println(u)
}
