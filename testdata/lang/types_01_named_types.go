package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Strings []string
type Matrix [2][2]int
type Handler func(string) string
type ID = int

func (s Strings) Join() string {
	r := ""
	for _, x := range s {
		r += x
	}
	return r
}

func main() {
	fmt.Println(CToF(100), CToF(-40))
	fmt.Printf("%T %v\n", CToF(0), CToF(0))
	s := Strings{"a", "b"}
	fmt.Println(s.Join(), len(s))
	var raw []string = s
	fmt.Println(raw)
	var m Matrix
	m[1][1] = 5
	fmt.Println(m)
	var h Handler = func(x string) string { return "<" + x + ">" }
	fmt.Println(h("hi"))
	var id ID = 5
	var n int = id
	fmt.Printf("%T %d\n", id, n)
}
