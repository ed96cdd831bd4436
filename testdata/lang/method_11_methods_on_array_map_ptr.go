package main

import "fmt"

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Registry map[string]int

func (r *Registry) Reset()      { *r = Registry{} }
func (r Registry) Put(k string) { r[k]++ }

type Chan chan int

func (c Chan) Send(v int) { c <- v }

func main() {
	v := Vec{1, 2, 3}
	v.Scale(2)
	fmt.Println(v, v.Dot(Vec{1, 1, 1}))
	r := Registry{}
	r.Put("a")
	r.Put("a")
	fmt.Println(r)
	r.Reset()
	fmt.Println(len(r))
	c := make(Chan, 1)
	c.Send(9)
	fmt.Println(<-c)
	vs := []Vec{{1, 0, 0}, {0, 1, 0}}
	vs[1].Scale(5)
	fmt.Println(vs)
}
