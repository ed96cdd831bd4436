package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Node struct {
	id   int
	data []int
	next *Node
}

func build(id, n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{id: id, data: make([]int, 16), next: head}
		head.data[0] = i
	}
	return head
}

func check(h *Node, id, n int) bool {
	k := n - 1
	for p := h; p != nil; p = p.next {
		if p.id != id || p.data[0] != k {
			return false
		}
		k--
	}
	return k == -1
}

// Lists reachable only from channel buffers and goroutine stacks survive
// collections triggered while they are in flight.
func main() {
	c := make(chan *Node, 64)
	var wg sync.WaitGroup
	for p := 0; p < 8; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 8; i++ {
				c <- build(p*100+i, 500)
				if i%3 == 0 {
					runtime.GC()
				}
			}
		}(p)
	}
	go func() { wg.Wait(); close(c) }()
	good, total := 0, 0
	for h := range c {
		_ = make([]byte, 1<<16)
		if check(h, h.id, 500) {
			good++
		}
		total++
	}
	fmt.Println(good, total)
}
