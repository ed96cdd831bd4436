package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Node struct {
	val  int
	next *Node
}

// Lock-free stack push with atomic.Pointer.
func main() {
	var head atomic.Pointer[Node]
	fmt.Println(head.Load() == nil)
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n := &Node{val: i}
			for {
				old := head.Load()
				n.next = old
				if head.CompareAndSwap(old, n) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	sum, cnt := 0, 0
	for n := head.Load(); n != nil; n = n.next {
		sum += n.val
		cnt++
	}
	fmt.Println(cnt, sum)
}
// NOTE: atomic.Pointer[T] is generic; SPEC.md excludes generics, but minigo instantiates
// atomic.Pointer[T] itself (compiler/check_generic.c), its one generic type.
