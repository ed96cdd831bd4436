package main

import "fmt"

type Mover interface{ Move() }

type Car struct{ pos int }

func (c *Car) Move() { c.pos++ }

type Bike struct{ pos int }

func (b Bike) Move() { b.pos++ }

func main() {
	c := &Car{}
	var m Mover = c
	m.Move()
	m.Move()
	fmt.Println(c.pos)
	b := Bike{}
	m = b
	m.Move()
	fmt.Println(b.pos, m.(Bike).pos)
	m = &b
	m.Move()
	fmt.Println(b.pos)
	var i interface{} = b
	b.pos = 10
	fmt.Println(i.(Bike).pos)
}
