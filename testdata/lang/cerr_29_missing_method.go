package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	_ = s
}

// The expected diagnostic is worded as Go 1.20+ (SPEC.md: Go 1.22) words it;
// Go 1.19 words it differently.
