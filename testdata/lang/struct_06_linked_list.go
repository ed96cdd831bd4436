package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(&l)
}
