package main

import "fmt"

type Celsius float64
type Level uint8

const Boiling Celsius = 100
const Max Level = 255
const Name string = "go"

func main() {
	fmt.Println(Boiling, Max, Name)
	fmt.Printf("%T %T %T\n", Boiling, Max, Name)
	var c = Boiling / 3
	fmt.Println(c)
	var l = Max
	l++
	fmt.Println(l)
	const u = uint16(65535)
	v := u
	v += 2
	fmt.Println(v)
}
