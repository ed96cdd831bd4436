package main

import "fmt"

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Len() int {
	if s == nil {
		return 0
	}
	return len(s.data)
}

func main() {
	var s *Stack
	fmt.Println(s.Len())
	s = &Stack{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len())
	var v Stack
	v.Push(3)
	fmt.Println(v.Len(), len(v.data))
	ps := &v
	(*ps).Push(4)
	fmt.Println(ps.Len())
}
