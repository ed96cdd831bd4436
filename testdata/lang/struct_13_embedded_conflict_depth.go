package main

import "fmt"

type A struct{}

func (A) Who() string { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{}

func (B) Who() string { return "B" }

type Wrap struct{ A }

type Top struct {
	Wrap
	B
}

func main() {
	t := Top{}
	fmt.Println(t.Who())
	fmt.Println(t.OnlyA(), t.Wrap.Who(), t.Wrap.A.Who())
	type I interface{ Who() string }
	var i I = t
	fmt.Println(i.Who())
}
