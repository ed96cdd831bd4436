package main

import "fmt"

type Flag bool

func main() {
	x := 1.0 << 3
	fmt.Printf("%T %v\n", x, x)
	var f float64 = 1 << 3
	fmt.Println(f)
	fmt.Println(1.0<<3, 2.0*3)
	var s uint = 3
	var i64 int64 = 1 << s
	var u8 uint8 = 1 << (s + 4)
	fmt.Println(i64, u8)
	var flag Flag = 1 < 2
	fmt.Printf("%T %v\n", flag, flag)
	str := "a" + string('b') + string(rune(99))
	fmt.Println(str)
	const c = 'x' - 'a'
	fmt.Println(c, string(rune('a'+c)))
	g := func(v interface{ Code() int }) int { return v.Code() }
	fmt.Println(g(code(3)))
}

type code int

func (c code) Code() int { return int(c) * 2 }
