package main

import "fmt"

type Named interface{ Name() string }
type Aged interface{ Age() int }
type Person interface {
	Named
	Aged
}

type P struct {
	n string
	a int
}

func (p P) Name() string { return p.n }
func (p *P) Age() int    { return p.a }

func main() {
	var n Named = P{"val", 1}
	_, ok := n.(Aged)
	fmt.Println("value has Age:", ok)
	n = &P{"ptr", 2}
	a, ok := n.(Aged)
	fmt.Println("pointer has Age:", ok, a.Age())
	per, ok := n.(Person)
	fmt.Println(ok, per.Name(), per.Age())
	var e interface{} = n
	if nn, ok := e.(Named); ok {
		fmt.Println(nn.Name())
	}
	_, ok = e.(fmt.Stringer)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var v Named = P{"v", 3}
	_ = v.(Person)
}
