package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A lock-free list whose nodes link through atomic.Pointer fields.
type Node struct {
	val  int
	next atomic.Pointer[Node]
}

type List struct {
	head atomic.Pointer[Node]
}

func (l *List) Push(v int) {
	n := &Node{val: v}
	for {
		h := l.head.Load()
		n.next.Store(h)
		if l.head.CompareAndSwap(h, n) {
			return
		}
	}
}

type Slot struct {
	atomic.Pointer[string]
	name string
}

type Alias = atomic.Pointer[Node]

type Loader interface{ Load() *string }

func main() {
	var l List
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); l.Push(i) }(i)
	}
	wg.Wait()
	sum := 0
	for n := l.head.Load(); n != nil; n = n.next.Load() {
		sum += n.val
	}
	fmt.Println(sum)

	var s Slot
	str := "hello"
	s.Store(&str)
	fmt.Println(*s.Load(), s.Pointer.Load() == &str)
	var ld Loader = &s
	fmt.Println(*ld.Load())
	fmt.Printf("%T %v\n", s.Pointer, s.name == "")

	var a Alias
	a.Store(&Node{val: 9})
	fmt.Printf("%T %d\n", a, a.Load().val)

	m := map[atomic.Pointer[int]]string{}
	m[atomic.Pointer[int]{}] = "zero"
	fmt.Println(len(m), m[atomic.Pointer[int]{}])

	cell := func(p atomic.Pointer[int]) bool { return p.Load() == nil }
	fmt.Println(cell(atomic.Pointer[int]{}))
	me := (*atomic.Pointer[Node]).Swap
	old := me(&a, nil)
	fmt.Println(old.val, a.Load() == nil)
}
