package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	show := a.Show
	a.Add(100)
	fmt.Println(show(), a.Show())
	v := Acc{7}
	sv := v.Show
	v.total = 8
	fmt.Println(sv())
	fs := []func() string{v.Show, a.Show}
	for _, f := range fs {
		fmt.Println(f())
	}
}
