package main

import "fmt"

type Engine struct{ hp int }

func (e *Engine) Boost(n int) { e.hp += n }
func (e Engine) Power() int   { return e.hp }

type Car struct {
	*Engine
	name string
}

type Truck struct {
	Engine
	load int
}

func main() {
	c := Car{&Engine{100}, "c"}
	boost := (*Car).Boost
	boost(&c, 10)
	cb := Car.Boost
	cb(c, 5)
	power := Car.Power
	fmt.Println(power(c), c.hp)
	t := Truck{Engine{200}, 5}
	tb := (*Truck).Boost
	tb(&t, 1)
	tp := Truck.Power
	fmt.Println(tp(t))
	f := t.Boost
	f(9)
	g := t.Power
	t.hp = 0
	fmt.Println(t.hp, g())
	type Booster interface{ Boost(int) }
	var bs []Booster = []Booster{c, &t, c.Engine}
	for _, b := range bs {
		b.Boost(1)
	}
	fmt.Println(c.hp, t.hp)
}
