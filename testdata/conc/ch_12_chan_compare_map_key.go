package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	fmt.Println(a == b, a == c)
	var n chan int
	fmt.Println(n == nil, a == nil)
	m := map[chan int]string{a: "a", b: "b"}
	fmt.Println(m[c], m[b], len(m))
	var i interface{} = a
	var j interface{} = c
	fmt.Println(i == j)
	_, isChan := i.(chan int)
	_, isRecv := i.(<-chan int)
	fmt.Println(isChan, isRecv)
}
