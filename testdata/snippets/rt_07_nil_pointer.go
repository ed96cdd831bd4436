type Node struct {
	Val  int
	Next *Node
}

list := &Node{1, &Node{2, nil}}
for n := list; ; n = n.Next {
	fmt.Println(n.Val)
}
