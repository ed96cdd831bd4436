package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	fmt.Println("taking method value")
	f := p.Get
	fmt.Println(f())
}
