package main

import "fmt"

type Big struct {
	arr [8]int
	s   string
}

func main() {
	b := Big{s: "orig"}
	b.arr[0] = 1
	var i interface{} = b
	b.arr[0] = 2
	b.s = "changed"
	got := i.(Big)
	fmt.Println(got.arr[0], got.s)
	got.arr[1] = 99
	fmt.Println(i.(Big).arr[1])
	arrs := map[string][3]int{"a": {1, 2, 3}}
	cp := arrs["a"]
	cp[0] = 100
	fmt.Println(arrs["a"], cp)
	var x, y interface{} = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(x == y)
	type withIface struct {
		vals [2]interface{}
	}
	p := withIface{[2]interface{}{1, "x"}}
	q := withIface{[2]interface{}{1, "x"}}
	fmt.Println(p == q)
	q.vals[1] = 2
	fmt.Println(p == q)
}
