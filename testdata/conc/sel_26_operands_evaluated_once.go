package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int { trace = append(trace, "ch "+name); return c }
func val(name string, v int) int          { trace = append(trace, "val "+name); return v }

// All channel operands and send values are evaluated once, in source order,
// on entry to select, whatever case is chosen.
func main() {
	a := make(chan int)
	b := make(chan int, 1)
	c := make(chan int)
	select {
	case ch("a", a) <- val("a", 1):
	case v := <-ch("c", c):
		fmt.Println("c?", v)
	case ch("b", b) <- val("b", 2):
	}
	fmt.Println(trace, <-b)
	trace = nil
	in := make(chan int, 1)
	out := make(chan int)
	in <- 42
	select {
	case out <- <-in: // <-in is evaluated on entry even though default is chosen
	default:
	}
	fmt.Println("in now has", len(in))
}
