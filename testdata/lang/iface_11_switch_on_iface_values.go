package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func main() {
	zoo := []Animal{Dog{}, &Cat{"tom"}, nil}
	for _, a := range zoo {
		switch v := a.(type) {
		case Dog:
			fmt.Println("dog:", v.Sound())
		case *Cat:
			fmt.Println("cat:", v.name, v.Sound())
		case nil:
			fmt.Println("nothing")
		}
	}
	var a Animal = Dog{}
	switch a {
	case Dog{}:
		fmt.Println("equal to Dog{}")
	default:
		fmt.Println("other")
	}
	switch a.(type) {
	case interface{ Sound() string }:
		fmt.Println("has Sound")
	}
}
