// Helper file, used only to produce the expectation mixed_07_interface_embedding.want with real Go:
// the snippet testdata/snippets/mixed_07_interface_embedding.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_07_interface_embedding.go:1:1
type Animal interface {
	Sound() string
}

type Base struct{ Name string }

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Cat struct{ Base }

func (c *Cat) Sound() string { return "Meow" }

func main() {
//line testdata/snippets/mixed_07_interface_embedding.go:20:1
animals := []Animal{Dog{Base{"Rex"}, "lab"}, &Cat{Base{"Tom"}}}
for _, a := range animals {
	switch v := a.(type) {
	case Dog:
		fmt.Println(v.Describe(), v.Breed, v.Sound())
	case *Cat:
		fmt.Println(v.Describe(), v.Sound())
	}
}
_, ok := animals[0].(*Cat)
fmt.Println("dog is a cat:", ok)
}
