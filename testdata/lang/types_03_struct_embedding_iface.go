package main

import "fmt"

type Logger interface{ Log(string) }

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	Name string
}

func main() {
	s := Service{ConsoleLogger{"[svc] "}, "db"}
	s.Log("started " + s.Name)
	var l Logger = s
	l.Log("via interface")
	s.Logger = ConsoleLogger{"[new] "}
	s.Log("swapped")
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Service
	empty.Log("boom")
}
