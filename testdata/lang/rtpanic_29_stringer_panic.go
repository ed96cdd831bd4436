package main

import "fmt"

type Color int

func (c Color) String() string { return fmt.Sprintf("Color(%d)", int(c)) }

func main() {
	fmt.Println(Color(2))
	panic(Color(5))
}
