package main

import "fmt"

type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewRat(n, d int64) Rat {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat { return NewRat(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Rat) Mul(b Rat) Rat { return NewRat(a.num*b.num, a.den*b.den) }
func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }

func (a Rat) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func main() {
	sum := NewRat(0, 1)
	for i := int64(1); i <= 10; i++ {
		sum = sum.Add(NewRat(1, i*(i+1)))
	}
	fmt.Println(sum)
	h := NewRat(0, 1)
	for i := int64(1); i <= 6; i++ {
		h = h.Add(NewRat(1, i))
	}
	fmt.Println(h, h.Mul(NewRat(20, 49)), NewRat(6, -4), NewRat(0, 5))
	fmt.Println(NewRat(1, 3).Less(NewRat(1, 2)), []Rat{NewRat(2, 4), NewRat(9, 3)})
	fmt.Printf("%v %s %+v\n", NewRat(3, 9), NewRat(4, 2), map[string]Rat{"half": NewRat(1, 2)})
	defer func() { fmt.Println("recovered:", recover()) }()
	NewRat(1, 0)
}
