package main

import "fmt"

type Tree struct {
	Val  int
	Kids []Tree
}

func (t Tree) Sum() int {
	s := t.Val
	for _, k := range t.Kids {
		s += k.Sum()
	}
	return s
}

type A struct{ b *B }
type B struct{ as []A }

type Node interface {
	Next() Node
	Val() int
}

type num int

func (n num) Next() Node {
	if n == 0 {
		return nil
	}
	return n - 1
}
func (n num) Val() int { return int(n) }

type F func(F) int

func main() {
	t := Tree{1, []Tree{{2, nil}, {3, []Tree{{4, nil}}}}}
	fmt.Println(t.Sum())
	a := A{&B{[]A{{nil}, {nil}}}}
	fmt.Println(len(a.b.as))
	total := 0
	for n := Node(num(4)); n != nil; n = n.Next() {
		total += n.Val()
	}
	fmt.Println(total)
	var f F = func(g F) int { return 42 }
	fmt.Println(f(f))
}
