package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	double := func() {
		for i := range arr {
			arr[i] *= 2
		}
	}
	double()
	fmt.Println(arr)
	cp := arr
	double()
	fmt.Println(arr, cp)
	type S struct{ v [2]string }
	s := S{[2]string{"a", "b"}}
	set := func(i int, x string) { s.v[i] = x }
	set(1, "z")
	fmt.Println(s)
	var fns [3]func() int
	for i := range fns {
		k := i * i
		fns[i] = func() int { return k }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
}
