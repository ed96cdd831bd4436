package main

import "fmt"

type IntList []int

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	l := IntList{3, 1, 4, 1, 5}
	sortIface(l)
	fmt.Println(l, l.Sum())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3))
}

type sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func sortIface(s sorter) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}
