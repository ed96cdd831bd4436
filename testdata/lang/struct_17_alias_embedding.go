package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Alias = Base

type Derived struct {
	Alias
	Name string
}

type IntAlias = int
type MyInts []IntAlias

func main() {
	d := Derived{Alias{7}, "d"}
	fmt.Println(d.ID, d.Alias.ID, d.Describe())
	fmt.Printf("%+v %T\n", d, d.Alias)
	var x IntAlias = 5
	var y int = x
	fmt.Println(y, MyInts{1, 2})
	fmt.Printf("%T\n", x)
}
