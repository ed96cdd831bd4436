package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{}

func (Cat) Speak() string { return "meow" }

func main() {
	var s Speaker = Dog{"rex"}
	f := s.Speak
	s = Cat{}
	fmt.Println(f(), s.Speak())
	speakers := map[string]Speaker{"d": Dog{"fido"}, "c": Cat{}}
	fns := []func() string{speakers["d"].Speak, speakers["c"].Speak}
	speakers["d"] = Cat{}
	for _, fn := range fns {
		fmt.Println(fn())
	}
}
