package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

func main() {
	var x interface{} = 42
	i := x.(int)
	fmt.Println(i)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	x = T{5}
	st, ok := x.(Stringer)
	fmt.Println(st, ok)
	t := x.(T)
	fmt.Println(t.n)
	_, ok = x.(*T)
	fmt.Println(ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	var sr Stringer = T{7}
	if tt, ok := sr.(T); ok {
		fmt.Println("is T", tt.n)
	}
}
