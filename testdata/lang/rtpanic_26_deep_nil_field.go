package main

import "fmt"

type Node struct {
	Next *Node
	Val  int
}

func main() {
	n := &Node{Next: &Node{Val: 1}}
	fmt.Println(n.Next.Val)
	fmt.Println(n.Next.Next.Val)
}
