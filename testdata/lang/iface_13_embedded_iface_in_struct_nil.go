package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

type Wrapper struct {
	Greeter
	count int
}

func (w *Wrapper) Greet() string {
	w.count++
	return w.Greeter.Greet() + fmt.Sprint(" #", w.count)
}

func main() {
	w := &Wrapper{Greeter: English{}}
	var g Greeter = w
	fmt.Println(g.Greet())
	fmt.Println(g.Greet())
	fmt.Println(w.count)
	var e1, e2 Greeter = English{}, English{}
	fmt.Println(e1 == e2, g == Greeter(w))
}
