package main

import "fmt"

type A int
type B int

type Err struct{ msg string }

func (e Err) Error() string { return e.msg }

func main() {
	var x, y interface{} = A(1), B(1)
	fmt.Println(x == y, x == A(1), y == interface{}(B(1)))
	var e1, e2 error = Err{"a"}, Err{"a"}
	fmt.Println(e1 == e2)
	var e3 error = &Err{"a"}
	var e4 error = &Err{"a"}
	fmt.Println(e3 == e4, e3 == e3)
	m := map[interface{}]string{A(1): "A", B(1): "B", 1: "int"}
	fmt.Println(m[A(1)], m[B(1)], m[1], len(m))
	var s fmt.Stringer
	var i interface{} = s
	fmt.Println(i == nil, s == nil)
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
}
