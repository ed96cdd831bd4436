package main

import "fmt"

type Stack struct{ items []any }

func (s *Stack) Push(v any) { s.items = append(s.items, v) }
func (s *Stack) Pop() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push([]int{3})
	s.Push(nil)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	var m = map[string]any{"n": 1, "s": "x"}
	fmt.Println(m["n"].(int)+1, m["s"])
}
