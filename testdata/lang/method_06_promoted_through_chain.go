package main

import "fmt"

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }

type Mid struct{ Base }
type Top struct {
	Mid
	name string
}

type Namer interface{ ID() int }
type Setter interface {
	SetID(int)
	ID() int
}

func main() {
	t := Top{Mid{Base{1}}, "t"}
	t.SetID(5)
	fmt.Println(t.ID(), t.Mid.ID(), t.Base.id)
	var n Namer = t
	fmt.Println(n.ID())
	var s Setter = &t
	s.SetID(9)
	fmt.Println(s.ID(), t.id)
}
