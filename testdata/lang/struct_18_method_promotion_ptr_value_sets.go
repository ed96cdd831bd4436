package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }
func (i *Inner) Set(n int) { i.n = n }

type ByValue struct{ Inner }
type ByPtr struct{ *Inner }

type Getter interface{ Get() int }
type Setter interface{ Set(int) }

func main() {
	var g Getter
	g = ByValue{Inner{1}}
	fmt.Println(g.Get())
	g = &ByValue{Inner{2}}
	fmt.Println(g.Get())
	g = ByPtr{&Inner{3}}
	fmt.Println(g.Get())
	var s Setter = ByPtr{&Inner{4}}
	s.Set(40)
	fmt.Println(s.(ByPtr).Get())
	bv := &ByValue{}
	s = bv
	s.Set(5)
	fmt.Println(bv.Get(), bv.n)
	_, ok := interface{}(ByValue{}).(Setter)
	_, ok2 := interface{}(ByPtr{}).(Setter)
	fmt.Println(ok, ok2)
}
