package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int       { return p.x + p.y }
func (p *P) Scale(k int)   { p.x *= k; p.y *= k }
func (p P) Add(q P) P      { return P{p.x + q.x, p.y + q.y} }

func main() {
	sum := P.Sum
	fmt.Println(sum(P{1, 2}))
	scale := (*P).Scale
	p := P{3, 4}
	scale(&p, 10)
	fmt.Println(p)
	add := P.Add
	fmt.Println(add(P{1, 1}, P{2, 2}))
	psum := (*P).Sum
	fmt.Println(psum(&p))
	fmt.Printf("%T\n", sum)
}
