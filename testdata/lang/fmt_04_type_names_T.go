package main

import "fmt"

type Celsius float64
type List []string
type Pair struct{ A, B int }
type Fn func(int) (string, error)
type Ch <-chan bool
type Named interface{ Name() string }

func main() {
	var n Named
	vals := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1), "s", 'r', byte(1), true, nil,
		Celsius(1), List{}, Pair{}, &Pair{}, []Pair{}, [3]int{}, map[string][]int{},
		Fn(nil), func() {}, func(a, b int) string { return "" }, make(chan int), Ch(nil),
		make(chan<- string), struct{ X int }{}, struct{}{}, &[2]bool{}, n, []interface{}{},
		[]error{}, map[Pair]*Pair{}, new(int), new(*int),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
