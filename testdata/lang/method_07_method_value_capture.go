package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Incr()     { c.n++ }

func main() {
	c := Counter{1}
	val := c.Value
	inc := c.Incr
	inc()
	inc()
	fmt.Println(c.n, val(), c.Value())
	pc := &c
	pval := pc.Value
	pc.Incr()
	fmt.Println(pval(), pc.Value())
	var fs []func()
	cs := []Counter{{10}, {20}}
	for i := range cs {
		fs = append(fs, cs[i].Incr)
	}
	for _, f := range fs {
		f()
	}
	fmt.Println(cs)
	type Getter interface{ Value() int }
	var g Getter = c
	gv := g.Value
	c.n = 1000
	fmt.Println(gv())
}
