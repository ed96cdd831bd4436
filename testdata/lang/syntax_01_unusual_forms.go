package main

import "fmt"

type T struct{ a int }

func (t *T) Inc() int { t.a++; return t.a }

type (
	Pair  [2]int
	Fn    func(int) int
	ChCh  chan<- chan int
	RoRo  <-chan <-chan int
	Funcs []func() string
)

func main() {
	x := T{1}
	if (T{1}) == x {
		fmt.Println("paren composite in if")
	}
	for _, p := range []Pair{{1, 2}} {
		fmt.Println(p)
	}
	f := (*T).Inc
	fmt.Println(f(&x), (&x).Inc(), (*(&x)).a)
	var fs Funcs = Funcs{func() string { return "a" }, (func() string)(func() string { return "b" })}
	fmt.Println(fs[0]() + fs[1]())
	var g Fn = func(i int) int { return -i }
	fmt.Println((g)(5), ((g))(6))
	cc := make(chan chan int, 1)
	var w ChCh = cc
	inner := make(chan int, 1)
	w <- inner
	(<-cc) <- 7
	fmt.Println(<-inner)
	var ro RoRo
	fmt.Println(ro == nil)
	arr3 := [...]int{1, 2, 3}
	a := arr3[1:]
	fmt.Println(a, len([...]string{"x", "y"}))
	m := map[string]struct{ x, y int }{"k": {1, 2}}
	fmt.Println(m["k"].y)
	s := struct{ T }{T{9}}
	fmt.Println(s.a, s.Inc())
	var (
		u, v = 1, "two"
		w2   float32
	)
	fmt.Println(u, v, w2)
	const (
		c1 = iota * 10
		c2
	)
	fmt.Println(c1, c2)
	switch y := 5; {
	case y > 5:
		fmt.Println("y", y)
	}
	{
		{
			fmt.Println("nested blocks")
		}
	}
	;
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
