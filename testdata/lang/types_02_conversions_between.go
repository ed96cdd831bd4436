package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Y int }
type MyBytes []byte
type MyStr string

func main() {
	a := A{1, 2}
	b := B(a)
	fmt.Println(b)
	mb := MyBytes("hi")
	fmt.Println(mb, string(mb))
	ms := MyStr("x")
	fmt.Println(string(ms)+"y", []byte(ms))
	var r rune = 'z'
	fmt.Println(MyStr(r))
	type P *int
	v := 3
	var p P = &v
	fmt.Println(*p)
	f := float32(1) / 3
	fmt.Println(float64(f) == 1.0/3, f)
}
