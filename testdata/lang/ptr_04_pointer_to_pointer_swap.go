package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

type Node struct {
	v    int
	next *Node
}

func insertSorted(head **Node, v int) {
	for *head != nil && (*head).v < v {
		head = &(*head).next
	}
	*head = &Node{v, *head}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var head *Node
	for _, v := range []int{5, 1, 4, 2, 3} {
		insertSorted(&head, v)
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	p := &x
	q := &p
	r := &q
	***r = 77
	fmt.Println(x, **q == 77)
}
