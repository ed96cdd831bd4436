package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Pixel struct {
	C     Color
	hidden Color
	X, Y  int
}

type Wrapper struct {
	Err  error
	Name string
}

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprint("PS#", p.n) }

func main() {
	p := Pixel{C: 1, hidden: 2, X: 3, Y: 4}
	fmt.Println(p)
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Println([]Color{0, 2}, map[Color]Color{1: 2})
	fmt.Println(Wrapper{errors.New("bad"), "w"})
	fmt.Printf("%+v\n", Wrapper{nil, "n"})
	fmt.Println(PS{1}, &PS{2}, []*PS{{3}})
	fmt.Printf("%s %d\n", Color(2), Color(2))
	type Holder struct{ P *PS }
	fmt.Println(Holder{&PS{4}})
}
