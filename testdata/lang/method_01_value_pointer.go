package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c Counter) IncValue()  { c.n++ }
func (c *Counter) Inc()      { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k MyInt)  { *m += k }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	c.IncValue()
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	pc.IncValue()
	fmt.Println(pc.Get(), c.n)
	var m MyInt = 5
	m.Add(3)
	fmt.Println(m.Double(), m)
	fmt.Println(MyInt(4).Double())
}
