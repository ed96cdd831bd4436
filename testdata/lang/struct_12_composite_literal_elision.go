package main

import "fmt"

type P struct{ X, Y int }

type Line struct {
	A, B P
}

func main() {
	ps := []*P{{1, 2}, {3, 4}}
	fmt.Println(*ps[0], *ps[1])
	m := map[string][]P{"a": {{1, 1}, {2, 2}}, "b": nil}
	fmt.Println(m["a"], len(m["b"]))
	mp := map[P]string{{1, 2}: "x"}
	fmt.Println(mp[P{1, 2}])
	arr := [...][2]int{{1, 2}, {3, 4}, 5: {9, 9}}
	fmt.Println(len(arr), arr)
	ls := []Line{{P{0, 0}, P{1, 1}}, {B: P{5, 5}}}
	fmt.Println(ls)
	nested := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(nested, len(nested[1]))
	idx := [...]string{3: "d", 1: "b", "c"}
	fmt.Printf("%q\n", idx)
	pp := &[]int{1, 2}
	(*pp)[0] = 5
	fmt.Println(*pp)
}
