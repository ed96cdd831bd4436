package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c)

	s := make(chan string)
	close(s)
	x, ok2 := <-s
	fmt.Printf("%q %v\n", x, ok2)

	p := make(chan P)
	close(p)
	pv, ok3 := <-p
	fmt.Printf("%+v %v\n", pv, ok3)

	e := make(chan error)
	close(e)
	ev, ok4 := <-e
	fmt.Println(ev == nil, ok4)

	sl := make(chan []int)
	close(sl)
	sv := <-sl
	fmt.Println(sv == nil, len(sv))
}
