package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[1] = 20
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i := range t {
		t[i] *= 10
	}
	fmt.Println(t)
	type P struct{ x int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.x = 100
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].x = 100
	}
	fmt.Println(ps)
}
