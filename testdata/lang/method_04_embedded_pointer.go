package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Service struct {
	*Logger
	name string
}

func main() {
	lg := &Logger{prefix: "> "}
	s1 := Service{lg, "a"}
	s2 := Service{lg, "b"}
	s1.Log("one")
	s2.Log("two")
	fmt.Println(lg.Count(), s1.Count(), lg.lines)
	f := s1.Log
	f("three")
	g := s2.Count
	fmt.Println(g(), len(lg.lines))
	h := (*Service).Log
	h(&s1, "four")
	fmt.Println(lg.lines)
}
