package main

import (
	"fmt"
	"sync/atomic"
)

type Node struct {
	val  int
	next *Node
}

// Load, Store, Swap and CompareAndSwap of atomic.Pointer[T], one goroutine.
func main() {
	var p atomic.Pointer[Node]
	fmt.Println(p.Load() == nil, p.Load())

	a, b, c := &Node{val: 1}, &Node{val: 2}, &Node{val: 3}
	p.Store(a)
	fmt.Println(p.Load() == a, p.Load().val)

	old := p.Swap(b)
	fmt.Println(old == a, old.val, p.Load().val)

	fmt.Println(p.CompareAndSwap(a, c), p.Load().val) // b is there, not a
	fmt.Println(p.CompareAndSwap(b, c), p.Load().val)
	// equal contents are not the same pointer
	fmt.Println(p.CompareAndSwap(&Node{val: 3}, a), p.Load() == c)

	p.Store(nil)
	fmt.Println(p.Load() == nil, p.Swap(a) == nil)
	fmt.Println(p.CompareAndSwap(a, nil), p.Load() == nil)
	fmt.Println(p.CompareAndSwap(nil, b), p.Load().val)

	// through a pointer to it, and new(...)
	q := new(atomic.Pointer[int])
	x, y := 10, 20
	q.Store(&x)
	*q.Load() += 5
	fmt.Println(x, *q.Swap(&y), *q.Load())

	// a pointer type argument that is not a struct, and a slice one
	var ps atomic.Pointer[[]string]
	s := []string{"a", "b"}
	ps.Store(&s)
	*ps.Load() = append(*ps.Load(), "c")
	fmt.Println(len(s), s)

	// two spellings of one instantiation are one type
	var r atomic.Pointer[Node] = p
	r.Store(c)
	fmt.Println(r.Load().val, p.Load().val)
	ptrs := []*atomic.Pointer[Node]{&p, &r}
	for _, pp := range ptrs {
		fmt.Print(pp.Load().val, " ")
	}
	fmt.Println()
}
