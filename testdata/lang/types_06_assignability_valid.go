package main

import "fmt"

type IntSlice []int
type Handler func(int) int
type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func pair() (int, int) { return 3, 4 }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s IntSlice = []int{1, 2}
	var raw []int = s
	fmt.Println(s, raw)
	var h Handler = func(x int) int { return x * 2 }
	var f func(int) int = h
	fmt.Println(f(4))
	var r <-chan int = make(chan int)
	var w chan<- int = make(chan int, 1)
	fmt.Println(r != nil, w != nil)
	var e error = MyErr{1}
	fmt.Println(e == MyErr{1}, e != MyErr{2}, MyErr{1} == e)
	var i int = 2.0
	var rr rune = 'a' * 2.0
	var f32 float32 = 10 / 3
	fmt.Println(i, rr, f32)
	fmt.Println(sum(pair()))
	var any1 interface{} = 5
	fmt.Println(any1 == 5, 5 == any1)
	var p *int
	var m map[string]int
	var sl []int
	var fn func()
	var ch chan int
	var ifc fmt.Stringer
	fmt.Println(p == nil, m == nil, sl == nil, fn == nil, ch == nil, ifc == nil)
	type point struct{ x, y int }
	var anon struct{ x, y int } = point{1, 2}
	var pt point = anon
	fmt.Println(anon, pt)
	switch e {
	case MyErr{1}:
		fmt.Println("case matched concrete value against interface tag")
	}
}
