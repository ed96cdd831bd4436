package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Rect struct{ w, h float64 }

func (s Sq) Area() float64   { return s.s * s.s }
func (r Rect) Area() float64 { return r.w * r.h }

func main() {
	tasks := make(chan func() string, 3)
	tasks <- func() string { return "one" }
	tasks <- func() string { return strings.Repeat("two", 2) }
	close(tasks)
	for t := range tasks {
		fmt.Println(t())
	}
	shapes := make(chan Shape)
	go func() {
		shapes <- Sq{3}
		shapes <- Rect{2, 5}
		shapes <- nil
		close(shapes)
	}()
	for s := range shapes {
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	var any chan interface{} = make(chan interface{}, 3)
	any <- 1
	any <- "s"
	any <- []int{1}
	fmt.Println(<-any, <-any, <-any)
}
