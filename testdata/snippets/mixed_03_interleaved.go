type Stack struct {
	items []int
}

s := &Stack{}
s.Push(1)
s.Push(2)

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

s.Push(3)
fmt.Println("len:", s.Len())

func (s *Stack) Len() int { return len(s.items) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

for s.Len() > 0 {
	fmt.Println("pop", s.Pop())
}
