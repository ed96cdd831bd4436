package main

import "fmt"

type Inner struct{ A int }
type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
}

func main() {
	o := Outer{"n", Inner{1}, nil, []int{1, 2}, map[string]int{"k": 1}, 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%T\n", o)
	fmt.Printf("%#v\n", Inner{5})
	fmt.Printf("%v %+v\n", []Inner{{1}, {2}}, []*int{nil})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v %v\n", [2]bool{true}, struct{}{})
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U\n", 42, 42, 42, 255, 255, 8, 5, 'A', 'B', 0x1F600)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%6.2f|%-8.3e|%g\n", 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%3c|%-4q|%#x|%#o\n", 'z', 'y', 255, 8)
	fmt.Printf("%%|%v|%d\n", "x", -0)
	fmt.Printf("%d %!\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
}
