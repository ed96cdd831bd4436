package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	fmt.Println(d.Describe())
	d.SetName("Max")
	fmt.Println(d.Describe())
	p := Puppy{&d, 1}
	p.SetName("Tiny")
	fmt.Println(p.Describe(), d.Name, p.Dog.Animal.Legs)
	fmt.Printf("%+v\n", d)
}
