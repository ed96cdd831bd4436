package main

import "fmt"

type Speaker interface{ Speak() string }

type Base struct{ name string }

func (b Base) Speak() string   { return "I am " + b.name }
func (b Base) Name() string    { return b.name }

type Loud struct{ Base }

func (l Loud) Speak() string { return l.Base.Speak() + "!!!" }

type Quiet struct {
	*Base
	level int
}

func main() {
	speakers := []Speaker{Base{"base"}, Loud{Base{"loud"}}, Quiet{&Base{"quiet"}, 1}}
	for _, s := range speakers {
		fmt.Println(s.Speak())
	}
	l := Loud{Base{"x"}}
	fmt.Println(l.Name(), l.Base.Speak())
	q := Quiet{&Base{"q"}, 2}
	q.name = "renamed"
	fmt.Println(q.Speak(), q.Base.name)
}
