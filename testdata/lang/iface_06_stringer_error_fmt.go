package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ a, b int }

func (p *Pair) String() string { return fmt.Sprintf("<%d,%d>", p.a, p.b) }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func find(n string) error {
	if n == "" {
		return nil
	}
	return NotFound{n}
}

func main() {
	fmt.Println(Temp(21.5))
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), 5)
	p := Pair{1, 2}
	fmt.Println(&p, p)
	fmt.Println([]Temp{1, 2})
	err := find("x")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(find("") == nil, find(""))
	w := fmt.Errorf("wrap: %w", err)
	fmt.Println(w, errors.Unwrap(w) == err)
	var nf NotFound
	fmt.Println(errors.As(w, &nf), nf.Name)
	sentinel := errors.New("sentinel")
	w2 := fmt.Errorf("ctx: %w", sentinel)
	fmt.Println(errors.Is(w2, sentinel), errors.Is(err, sentinel))
}
