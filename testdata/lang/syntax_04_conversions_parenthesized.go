package main

import "fmt"

type P struct{ x, y int }

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S", s.n) }

func main() {
	p := (*int)(nil)
	f := (func())(nil)
	ch := make(chan int, 1)
	ro := (<-chan int)(ch)
	ch <- 4
	fmt.Println(p == nil, f == nil, <-ro)
	st := fmt.Stringer(S{3})
	fmt.Println(st)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr[2], len(arr))
	mp := map[*P]int{{1, 2}: 1}
	for k, v := range mp {
		fmt.Println(*k, v)
	}
	ms := map[P]*P{{1, 1}: {2, 2}}
	fmt.Println(*ms[P{1, 1}])
	anon := struct {
		S
		x int
	}{S{1}, 2}
	fmt.Println(anon.String(), anon.x)
	var fn func() func() int = func() func() int { return func() int { return 9 } }
	fmt.Println(fn()())
	type Str string
	const hello Str = "héllo"
	switch hello {
	case "héllo":
		fmt.Println("unicode switch")
	}
	fmt.Println(interface{}(nil) == nil, error(nil) == nil)
}
