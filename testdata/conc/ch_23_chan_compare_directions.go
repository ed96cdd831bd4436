package main

import "fmt"

type Pipe chan int

func main() {
	c := make(chan int, 2)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(r == c, s == c, c == r)
	fmt.Println(interface{}(r) == interface{}(c), interface{}(r) == interface{}((<-chan int)(c)))
	m := map[interface{}]int{}
	m[c]++
	m[r]++
	m[(<-chan int)(c)]++
	fmt.Println(len(m), m[r])
	type holder struct{ ch chan int }
	h1, h2 := holder{c}, holder{c}
	fmt.Println(h1 == h2)
	arr1 := [2]chan int{c, nil}
	arr2 := [2]chan int{c, nil}
	fmt.Println(arr1 == arr2)
	p := Pipe(c)
	var cc chan int = p
	fmt.Println(p == cc, cc == p, p == Pipe(nil))
}
