package main

import "fmt"

type V struct{ n int }

func (v V) Show() string { return fmt.Sprint("V", v.n) }

type Shower interface{ Show() string }

func main() {
	v := &V{1}
	var s Shower = v
	v.n = 2
	fmt.Println(s.Show())
	val := V{3}
	s = val
	val.n = 4
	fmt.Println(s.Show())
	list := []Shower{V{5}, &V{6}}
	for _, x := range list {
		switch t := x.(type) {
		case V:
			fmt.Println("value", t.n)
		case *V:
			fmt.Println("pointer", t.n)
		}
	}
}
